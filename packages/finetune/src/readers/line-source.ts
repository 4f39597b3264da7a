import type { ByteLine } from "./byte-lines";

/**
 * Lines from a batched async line stream, one at a time, with push-back (a record that is not continued on
 * the following lines gives those lines back). `take()` is synchronous while the current batch lasts, so the
 * per-line cost stays low; `fill()` awaits the next batch.
 */
export class LineSource {
  private batch: ByteLine[] = [];
  private index = 0;
  private readonly pushedBack: ByteLine[] = [];
  private done = false;

  constructor(private readonly batches: AsyncIterator<ByteLine[]>) {}

  /** The next line if one is at hand without waiting. */
  take(): ByteLine | undefined {
    if (this.pushedBack.length > 0) return this.pushedBack.pop();
    if (this.index < this.batch.length) return this.batch[this.index++];
    return undefined;
  }

  /** Waits for the next batch; false at the end of the file. */
  async fill(): Promise<boolean> {
    if (this.pushedBack.length > 0 || this.index < this.batch.length) return true;
    while (!this.done) {
      const next = await this.batches.next();
      if (next.done) {
        this.done = true;
        break;
      }
      this.batch = next.value;
      this.index = 0;
      if (this.batch.length > 0) return true;
    }
    return false;
  }

  /** The next line, waiting if needed; undefined at the end of the file. */
  async next(): Promise<ByteLine | undefined> {
    return this.take() ?? ((await this.fill()) ? this.take() : undefined);
  }

  /** Stops reading (closes the file when the caller stops early). */
  async close(): Promise<void> {
    if (!this.done) {
      this.done = true;
      await this.batches.return?.();
    }
  }

  /** Gives lines back, to be taken again in the same order. */
  unshift(lines: readonly ByteLine[]): void {
    for (let index = lines.length - 1; index >= 0; index -= 1) this.pushedBack.push(lines[index] as ByteLine);
  }
}
