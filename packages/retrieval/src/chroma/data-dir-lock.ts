// One owner per data directory. The process that starts the Chroma server for a data directory holds a lock file
// beside it (`<dataDir>.lock`): its pid and start time (so a recycled pid is not mistaken for it) and where its
// Chroma server listens. Other processes read the lock and attach to that server; a lock whose process is gone is
// stale and is taken over. Creation is atomic (O_EXCL); a takeover is serialised by a second O_EXCL file.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";
import { writeFileAtomic } from "@tandem/core";

/** Where a data directory's Chroma server listens. */
export interface ChromaEndpoint {
  url: string;
  host: string;
  port: number;
  /** Pid of the Chroma server process. */
  pid: number;
  /** Its start time, so that a recycled pid is never waited for or killed. */
  startTime?: string;
}

/** The content of a lock file. */
export interface LockRecord {
  /** The owning process. */
  pid: number;
  /** Its start time (Linux: clock ticks after boot, from /proc), when known. */
  startTime?: string;
  hostname: string;
  /** ISO time the lock was taken. */
  since: string;
  /** Its Chroma server, once started. */
  chroma?: ChromaEndpoint;
}

/** The fields of /proc/PID/stat after the command name (state first), or undefined where /proc is not available. */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name is in parentheses and may hold spaces: split after the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

/** The start time of a process (field 22 of /proc/PID/stat), or undefined where /proc is not available. */
export function processStartTime(pid: number): string | undefined {
  return statFields(pid)?.[19];
}

/** True while a process runs (a zombie counts as gone) and, when `startTime` is given, it is the same process. */
export function processAlive(pid: number, startTime?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const fields = statFields(pid);
  if (!fields) return true;
  if (fields[0] === "Z") return false;
  return startTime === undefined || fields[19] === startTime;
}

/** True when the record's owner is alive (on another host, it cannot be checked and counts as alive). */
export function ownerAlive(record: LockRecord): boolean {
  if (record.hostname !== hostname()) return true;
  return processAlive(record.pid, record.startTime);
}

/** Reads a lock file: the record, `undefined` when there is none, or "unreadable" while it is being written. */
export function readLock(file: string): LockRecord | undefined | "unreadable" {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    const record = JSON.parse(text) as LockRecord;
    return typeof record.pid === "number" ? record : "unreadable";
  } catch {
    return "unreadable";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A lock this process holds. */
export class DataDirLock {
  private constructor(
    readonly file: string,
    private record: LockRecord,
  ) {}

  /** The stale record this lock replaced (its Chroma server may still be on its way down). */
  previous: LockRecord | undefined;

  get current(): LockRecord {
    return this.record;
  }

  /**
   * Takes the lock, or returns the live holder's record. A stale lock (its process is gone, or a different process
   * now has its pid) is removed and taken; so is a lock file left unreadable for more than 5 s.
   */
  static async acquire(file: string): Promise<{ lock: DataDirLock } | { holder: LockRecord }> {
    let previous: LockRecord | undefined;
    mkdirSync(dirname(file), { recursive: true });
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const record: LockRecord = { pid: process.pid, ...optional("startTime", processStartTime(process.pid)), hostname: hostname(), since: new Date().toISOString() };
      try {
        const descriptor = openSync(file, "wx");
        try {
          writeSync(descriptor, JSON.stringify(record));
        } finally {
          closeSync(descriptor);
        }
        const lock = new DataDirLock(file, record);
        lock.previous = previous;
        return { lock };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = readLock(file);
      if (holder === undefined) continue;
      if (holder === "unreadable") {
        if (ageMs(file) < 5000) {
          await sleep(50);
          continue;
        }
      } else if (ownerAlive(holder)) {
        return { holder };
      } else {
        previous = holder;
      }
      await removeStale(file, holder);
    }
    throw new Error(`could not take the lock ${file}: it keeps changing`);
  }

  /** Records where this owner's Chroma server listens (atomic replace). */
  update(chroma: ChromaEndpoint): void {
    const startTime = processStartTime(chroma.pid);
    this.record = { ...this.record, chroma: { ...chroma, ...(startTime === undefined ? {} : { startTime }) } };
    writeFileAtomic(this.file, JSON.stringify(this.record), { fsync: false });
  }

  /** Removes the lock if it is still this process's. */
  release(): void {
    const record = readLock(this.file);
    if (record && record !== "unreadable" && record.pid === process.pid) rmSync(this.file, { force: true });
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** Removes a stale lock unless another process replaced it meanwhile (one takeover at a time). */
async function removeStale(file: string, seen: LockRecord | "unreadable"): Promise<void> {
  const guard = `${file}.takeover`;
  let descriptor: number;
  try {
    descriptor = openSync(guard, "wx");
  } catch {
    if (ageMs(guard) > 10_000) rmSync(guard, { force: true });
    await sleep(50);
    return;
  }
  try {
    const now = readLock(file);
    const same = seen === "unreadable" ? now === "unreadable" : now !== undefined && now !== "unreadable" && now.pid === seen.pid && now.since === seen.since;
    if (same) rmSync(file, { force: true });
  } finally {
    closeSync(descriptor);
    rmSync(guard, { force: true });
  }
}
