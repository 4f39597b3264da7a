import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLock, processAlive, processStartTime, readLock } from "./data-dir-lock";

const lockFile = () => join(mkdtempSync(join(tmpdir(), "tandem-lock-")), "chroma.lock");
/** The pid of a process that has exited (and been reaped). */
const deadPid = () => spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).stdout.toString();

describe("DataDirLock", () => {
  it("is taken once: a second taker in any process gets the holder's record", async () => {
    const file = lockFile();
    const first = await DataDirLock.acquire(file);
    expect("lock" in first).toBe(true);
    const record = JSON.parse(readFileSync(file, "utf8")) as { pid: number; startTime: string };
    expect(record).toMatchObject({ pid: process.pid, startTime: processStartTime(process.pid), hostname: hostname() });
    const second = await DataDirLock.acquire(file);
    expect(second).toEqual({ holder: expect.objectContaining({ pid: process.pid }) });
    if ("lock" in first) {
      first.lock.update({ url: "http://127.0.0.1:1", host: "127.0.0.1", port: 1, pid: 42 });
      expect(readLock(file)).toMatchObject({ chroma: { port: 1, pid: 42 } });
      first.lock.release();
    }
    expect(readLock(file)).toBeUndefined();
  });

  it("recovers a stale lock: its process is gone, or a different process now has its pid", async () => {
    const file = lockFile();
    const stale = { pid: Number(deadPid()), hostname: hostname(), since: "2026-01-01T00:00:00.000Z", chroma: { url: "http://127.0.0.1:2", host: "127.0.0.1", port: 2, pid: 7 } };
    writeFileSync(file, JSON.stringify(stale));
    const taken = await DataDirLock.acquire(file);
    expect("lock" in taken && taken.lock.previous).toEqual(stale);
    if ("lock" in taken) taken.lock.release();

    // Our own pid, but another start time: a recycled pid, not the owner.
    writeFileSync(file, JSON.stringify({ ...stale, pid: process.pid, startTime: "1" }));
    expect(processAlive(process.pid, "1")).toBe(false);
    const recycled = await DataDirLock.acquire(file);
    expect("lock" in recycled).toBe(true);
  });
});
