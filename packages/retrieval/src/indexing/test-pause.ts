/**
 * A hook for crash tests, inert unless the environment asks for it: `TANDEM_TEST_PAUSE=upsert:3` freezes the whole
 * process (the event loop included) right after the 3rd upsert request was acknowledged, after printing
 * `tandem-test-paused upsert 3` on stderr, so a test can SIGKILL it at a known point. Points: `records` (sources
 * marked pending in Chroma, before their chunks are written), `upsert`, `delete`, `commit` (a batch of commits and
 * the index version written). The freeze ends after 10 minutes.
 */
const requested = /^(\w+):(\d+)$/.exec(process.env.TANDEM_TEST_PAUSE ?? "");
const counts = new Map<string, number>();

export function pausePoint(point: string): void {
  if (!requested || requested[1] !== point) return;
  const count = (counts.get(point) ?? 0) + 1;
  counts.set(point, count);
  if (count !== Number(requested[2])) return;
  process.stderr.write(`tandem-test-paused ${point} ${count}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 600_000);
}
