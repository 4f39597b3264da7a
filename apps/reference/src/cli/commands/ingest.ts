import { resolve } from "node:path";
import { TandemError } from "@tandem/core";
import type { Context } from "../main";

/** `tandem ingest [paths...]`: incremental ingestion with progress on stderr and a summary. */
export async function runIngest(
  context: Context,
  paths: string[],
  options: { prune?: boolean },
  behaviour: { quiet?: boolean } = {},
): Promise<number> {
  const { config, output, runtime } = context;
  if (!config.rag) {
    throw new TandemError({ code: "NOT_CONFIGURED", file: config.file, path: "rag", message: "ingest needs a `rag` section in the config", hint: "add rag.sources" });
  }
  const sources = paths.length > 0 ? paths.map((path) => resolve(path)) : config.rag.sources;
  const started = performance.now();
  const summary = await runtime.ingest(sources, {
    prune: Boolean(options.prune),
    onProgress: (progress) => {
      if (process.stderr.isTTY) process.stderr.write(`\ringesting ${progress.done}/${progress.total} ${progress.source.slice(-60).padEnd(60)}`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const line = `ingested in ${seconds}s: ${summary.added} added, ${summary.updated} updated, ${summary.skipped} skipped, ${summary.deleted} deleted, ${summary.failed.length} failed`;
  if (behaviour.quiet) {
    output.log(line);
  } else {
    output.result(summary, () => line);
  }
  for (const failure of summary.failed) output.log(`  failed: ${failure.source}: ${failure.reason}`);
  return summary.failed.length > 0 ? 1 : 0;
}
