// Runs a generation over items with a concurrency limit, retries with exponential backoff, and a checkpoint:
// items already done (same fingerprint) are reused, each finished item is appended at once, failures are counted
// and listed (and tried again on the next run), never dropped silently.
import { setTimeout as sleep } from "node:timers/promises";
import { CheckpointFile } from "./checkpoint-file";

export interface CheckpointedRunOptions<Item, Output> {
  items: Iterable<Item> | AsyncIterable<Item>;
  key: (item: Item) => string;
  /** Changes whenever the item's content or the settings that shape its output change. */
  fingerprint: (item: Item) => string;
  work: (item: Item, attempt: number) => Promise<Output>;
  /** JSONL checkpoint file. */
  checkpoint: string;
  /** Items in flight at once. Default 4. */
  concurrency?: number;
  /** Retries after a failed attempt. Default 3. */
  retries?: number;
  /** Delay before the first retry; doubles each time (with jitter). Default 1000 ms. */
  retryDelayMs?: number;
  /** Called after each item (reused, done or failed). */
  onItem?: (progress: RunProgress) => void;
  signal?: AbortSignal;
}

export interface RunProgress {
  key: string;
  outcome: "reused" | "done" | "failed";
  finished: number;
  /** Items seen so far (the source may still be yielding). */
  seen: number;
}

export interface RunFailure {
  key: string;
  reason: string;
  attempts: number;
}

export interface CheckpointedRunResult<Output> {
  /** Outputs in item order (failed items absent). */
  outputs: { key: string; output: Output }[];
  reused: number;
  generated: number;
  failed: RunFailure[];
  /** Lines of the checkpoint cut off by an earlier kill (their items ran again). */
  truncatedCheckpointLines: number;
  /** Items whose key repeated an earlier item's (processed once). */
  duplicateKeys: string[];
}

export async function runCheckpointed<Item, Output>(options: CheckpointedRunOptions<Item, Output>): Promise<CheckpointedRunResult<Output>> {
  const checkpoint = new CheckpointFile<Output>(options.checkpoint);
  const { records, truncatedLines } = checkpoint.load();
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const retries = options.retries ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const results = new Map<string, Output>();
  const order: string[] = [];
  const failed: RunFailure[] = [];
  let reused = 0;
  let generated = 0;
  let finished = 0;
  const report = (key: string, outcome: RunProgress["outcome"]) => {
    finished += 1;
    options.onItem?.({ key, outcome, finished, seen: order.length });
  };

  const process = async (item: Item, key: string, fingerprint: string) => {
    for (let attempt = 1; ; attempt += 1) {
      options.signal?.throwIfAborted();
      try {
        const output = await options.work(item, attempt);
        checkpoint.append({ key, fingerprint, status: "done", output, attempts: attempt, at: new Date().toISOString() });
        results.set(key, output);
        generated += 1;
        report(key, "done");
        return;
      } catch (error) {
        if (options.signal?.aborted) throw error;
        if (attempt > retries) {
          const reason = (error as Error)?.message ?? String(error);
          checkpoint.append({ key, fingerprint, status: "failed", reason, attempts: attempt, at: new Date().toISOString() });
          failed.push({ key, reason, attempts: attempt });
          report(key, "failed");
          return;
        }
        const delay = retryDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
        await sleep(delay, undefined, options.signal ? { signal: options.signal } : {});
      }
    }
  };

  const running = new Set<Promise<void>>();
  const seen = new Set<string>();
  const duplicateKeys: string[] = [];
  for await (const item of options.items) {
    const key = options.key(item);
    if (seen.has(key)) {
      duplicateKeys.push(key);
      continue;
    }
    seen.add(key);
    order.push(key);
    const fingerprint = options.fingerprint(item);
    const record = records.get(key);
    if (record?.status === "done" && record.fingerprint === fingerprint) {
      results.set(key, record.output as Output);
      reused += 1;
      report(key, "reused");
      continue;
    }
    const task = process(item, key, fingerprint).finally(() => running.delete(task));
    running.add(task);
    if (running.size >= concurrency) await Promise.race(running);
  }
  await Promise.all(running);
  return {
    outputs: order.filter((key) => results.has(key)).map((key) => ({ key, output: results.get(key) as Output })),
    reused,
    generated,
    failed,
    truncatedCheckpointLines: truncatedLines,
    duplicateKeys,
  };
}
