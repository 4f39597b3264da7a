import { describe, expect, it } from "vitest";
import { createProgress } from "./progress";

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } as unknown as NodeJS.WriteStream };
}

describe("createProgress", () => {
  it("writes one line per 10% when stderr is not a terminal, and nothing for small files", () => {
    const { writes, stream: target } = stream(false);
    const progress = createProgress("reading", { stream: target, quietBelowBytes: 100 });
    for (let bytes = 0; bytes <= 1000; bytes += 50) progress.update({ bytes, totalBytes: 1000, records: bytes / 10 });
    progress.done();
    expect(writes).toHaveLength(9);
    expect(writes[0]).toMatch(/^reading: 10% \(0 of 0 MB, 10 records, /);
    const small = stream(false);
    createProgress("reading", { stream: small.stream, quietBelowBytes: 10_000 }).update({ bytes: 500, totalBytes: 1000, records: 5 });
    expect(small.writes).toEqual([]);
  });

  it("rewrites one line in place on a terminal and clears it when done", () => {
    const { writes, stream: target } = stream(true);
    const progress = createProgress("reading", { stream: target, quietBelowBytes: 0 });
    progress.update({ bytes: 10, totalBytes: 100, records: 1 });
    progress.update({ bytes: 20, totalBytes: 100, records: 2 });
    progress.done();
    expect(writes).toHaveLength(2);
    expect(writes[0]).toMatch(/^\r reading: 10%|^\rreading: 10%/);
    expect(writes[1]).toBe("\r\u001b[K");
  });
});
