import { resolve } from "node:path";
import type { IngestProgress } from "@tandem/retrieval";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { ragNotConfigured } from "../../runtime/runtime";
import type { RuntimeContext } from "../context";
import { defineAction } from "../define-action";

export interface IngestCommandOptions {
  prune?: boolean;
  verify?: boolean;
}

/**
 * Progress on stderr: a bar when stderr is a terminal, else a plain line at every tenth of the sources (so logs
 * of CI runs and pipes show it without control characters).
 */
function progressReporter(stream: NodeJS.WriteStream = process.stderr): { update(progress: IngestProgress): void; stop(): void } {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: "ingesting [{bar}] {value}/{total} sources | {chunks} chunks | {source}", hideCursor: true, clearOnComplete: true, etaBuffer: 20 },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(progress) {
        if (!started) {
          bar.start(progress.total, 0, { chunks: 0, source: "" });
          started = true;
        }
        bar.update(progress.done, { chunks: progress.chunks, source: progress.source.slice(-50) });
      },
      stop: () => bar.stop(),
    };
  }
  // Plain lines only once the run has taken a second (a run that skips everything stays quiet).
  const started = performance.now();
  let nextLine = 0;
  return {
    update(progress) {
      if (performance.now() - started < 1000 || (progress.done < nextLine && progress.done !== progress.total)) return;
      stream.write(`ingesting: ${progress.done}/${progress.total} sources, ${progress.chunks} chunks written (${progress.source})\n`);
      nextLine = progress.done + Math.max(1, Math.ceil(progress.total / 10));
    },
    stop() {},
  };
}

/** `tandem ingest [paths...]`: incremental, resumable ingestion with progress on stderr and a summary. */
export async function runIngest(context: RuntimeContext, paths: string[], options: IngestCommandOptions, behaviour: { quiet?: boolean } = {}): Promise<number> {
  const { config, output, runtime } = context;
  if (!config.rag) throw ragNotConfigured(config.file, "ingest");
  const sources = paths.length > 0 ? paths.map((path) => resolve(path)) : config.rag.sources;
  const started = performance.now();
  const progress = progressReporter();
  let summary: Awaited<ReturnType<typeof runtime.ingest>>;
  try {
    summary = await runtime.ingest(sources, { prune: Boolean(options.prune), verify: Boolean(options.verify), onProgress: (update) => progress.update(update) });
  } finally {
    progress.stop();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const line =
    `ingested in ${seconds}s: ${summary.added} added, ${summary.updated} updated, ${summary.skipped} skipped, ${summary.deleted} deleted, ` +
    `${summary.failed.length} failed; ${summary.chunks.upserted} chunks written, ${summary.chunks.deleted} deleted, ${summary.chunks.total} in the index`;
  if (behaviour.quiet) output.log(line);
  else output.result(summary, () => line);
  if (summary.repaired.sources.length > 0) {
    output.log(`  repaired ${summary.repaired.sources.length} source(s) left by an interrupted run or unknown to the records${summary.repaired.untrackedChunks ? ` (${summary.repaired.untrackedChunks} untracked chunks)` : ""}`);
  }
  for (const source of summary.stale) output.log(`  stale: ${source} is gone from disk; its chunks stay until \`tandem ingest --prune\``);
  for (const failure of summary.failed) output.log(`  failed: ${failure.source}${failure.line === undefined ? "" : `:${failure.line}`}: ${failure.reason}`);
  for (const file of summary.unsupported) output.log(`  unsupported (no loader for its type): ${file}`);
  return summary.failed.length > 0 ? 1 : 0;
}

export function registerIngestCommand(program: Command): void {
  program
    .command("ingest")
    .description("Ingest documents into the index, incrementally (unchanged files are skipped)")
    .argument("[paths...]", "files or directories (default: rag.sources from the config)")
    .option("--prune", "delete chunks of sources that are no longer present")
    .option("--verify", "compare the whole index with the ingestion records and repair any difference")
    .addHelpText(
      "after",
      "\nResumable: a run killed at any point and run again ends with exactly the right chunks.\n" +
        "Prints {added, updated, skipped, deleted, failed, ...}; progress goes to stderr.",
    )
    .action(defineAction({ needs: "ingest" }, (context, paths: string[], options: IngestCommandOptions) => runIngest(context, paths, options)));
}
