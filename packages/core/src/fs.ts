import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";

export interface WriteFileAtomicOptions {
  /**
   * Flush the data to disk before the rename, so a power loss leaves the old file or the new one, never an empty
   * one. Default true.
   */
  fsync?: boolean;
  /** Called once the temporary file is complete, just before it replaces `file` (crash tests pause here). */
  beforeRename?: () => void;
}

/**
 * Replaces `file` atomically: the data goes to `<file>.<pid>.tmp` in the same directory (created if missing), is
 * flushed, and is renamed over `file`. A reader sees the old content or the new, never a half-written file; a
 * process killed before the rename leaves `file` untouched. `data` may be an iterable of pieces (written one by
 * one, so a large JSONL file is never held in memory as one string).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array | Iterable<string>, options: WriteFileAtomicOptions = {}): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  const descriptor = openSync(temporary, "w");
  try {
    if (typeof data === "string") writeSync(descriptor, data);
    else if (data instanceof Uint8Array) writeSync(descriptor, data);
    else for (const piece of data) writeSync(descriptor, piece);
    if (options.fsync ?? true) fsyncSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(descriptor);
  options.beforeRename?.();
  renameSync(temporary, file);
}
