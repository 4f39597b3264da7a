/**
 * Progress of a long read on stderr: a line rewritten in place (at most 5 times a second) when stderr is a
 * terminal; otherwise one line per 10% of the file. Quiet for files under `quietBelowBytes`.
 */
export interface Progress {
  update(progress: { bytes: number; totalBytes: number; records: number }): void;
  done(): void;
}

export function createProgress(label: string, options: { stream?: NodeJS.WriteStream; quietBelowBytes?: number } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  const quietBelow = options.quietBelowBytes ?? 8 * 1024 * 1024;
  const started = performance.now();
  let lastWrite = Number.NEGATIVE_INFINITY; // performance.now() starts at 0 with the process: the first update always writes
  let lastDecile = 0;
  let wrote = false;
  const line = ({ bytes, totalBytes, records }: { bytes: number; totalBytes: number; records: number }) => {
    const seconds = (performance.now() - started) / 1000;
    const rate = seconds > 0 ? bytes / 1024 / 1024 / seconds : 0;
    return `${label}: ${((bytes / totalBytes) * 100).toFixed(0)}% (${(bytes / 1024 / 1024).toFixed(0)} of ${(totalBytes / 1024 / 1024).toFixed(0)} MB, ${records.toLocaleString("en-US")} records, ${rate.toFixed(1)} MB/s)`;
  };
  return {
    update(progress) {
      if (progress.totalBytes < quietBelow) return;
      if (stream.isTTY) {
        const now = performance.now();
        if (now - lastWrite < 200) return;
        lastWrite = now;
        stream.write(`\r${line(progress)}\u001b[K`);
        wrote = true;
        return;
      }
      const decile = Math.floor((progress.bytes / progress.totalBytes) * 10);
      if (decile > lastDecile && decile < 10) {
        lastDecile = decile;
        stream.write(`${line(progress)}\n`);
      }
    },
    done() {
      if (wrote) stream.write("\r\u001b[K");
    },
  };
}
