// Keeps a Chroma server honest and, where Tandem owns it, running. Every `intervalMs` (and at once when a caller
// reports a failed request) the supervisor checks the server's heartbeat:
// - owner (this process started the server): a server that exited, or missed two heartbeats, is killed and started
//   again on the same port and data, with exponential backoff between failed attempts;
// - attached (another process owns the data directory): the owner restarts its server; when the owner is gone (its
//   lock is stale), this process takes the lock over and starts the server itself, on the same port;
// - external (CHROMA_URL): health-checked only, never restarted.
// Meanwhile `available()` is false, so callers fail fast with CHROMA_UNAVAILABLE instead of waiting on timeouts.
import { type ChromaServer, startChromaServer } from "./chroma-server";
import { heartbeat } from "./heartbeat";
import { DataDirLock, type LockRecord, ownerAlive, processAlive, readLock } from "./data-dir-lock";

export type ChromaRole = "owner" | "attached" | "external";

/** What health endpoints show about the Chroma server. */
export interface ChromaHealth {
  up: boolean;
  role: ChromaRole;
  url: string;
  /** Restarts (and takeovers) by this process since it started. */
  restarts: number;
  /** When the server last went up or down (ISO time). */
  since: string;
  /** Why it is down, while it is. */
  lastError?: string;
  /** The owning process (attached role). */
  ownerPid?: number;
}

export interface ChromaSupervisorOptions {
  role: ChromaRole;
  url: string;
  dataDir: string;
  lockFile: string;
  /** The server (owner role). */
  server?: ChromaServer;
  /** The data directory's lock (owner role). */
  lock?: DataDirLock;
  /** The owner's record (attached role). */
  holder?: LockRecord;
  startTimeoutMs?: number;
  /** Heartbeat interval while up, in milliseconds. Default 1000. */
  intervalMs?: number;
  /** How long a heartbeat may take before it counts as missed, in milliseconds. Default 5000. */
  heartbeatTimeoutMs?: number;
  /** The heartbeat (tests replace it). Default: GET /api/v2/heartbeat. */
  probe?: typeof heartbeat;
  log?: (message: string) => void;
  /** Called whenever the server goes up or down, or is restarted. */
  onChange?: (health: ChromaHealth) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Heartbeats a listening server may miss in a row (each asked twice, 5 s each by default) before it counts as hung. */
const allowedMisses = 3;

/** Waits for a recorded server process to exit; SIGKILLs it after `graceMs`. A recycled pid is left alone. */
export async function waitForExit(server: { pid: number; startTime?: string | undefined }, graceMs = 10_000): Promise<void> {
  const running = () => processAlive(server.pid, server.startTime);
  const deadline = Date.now() + graceMs;
  while (running() && Date.now() < deadline) await sleep(100);
  if (!running()) return;
  try {
    process.kill(server.pid, "SIGKILL");
  } catch {
    return;
  }
  for (let waited = 0; running() && waited < 5000; waited += 50) await sleep(50);
}

export class ChromaSupervisor {
  private role: ChromaRole;
  private server: ChromaServer | undefined;
  private lock: DataDirLock | undefined;
  private up = true;
  private restarts = 0;
  private since = new Date().toISOString();
  private lastError: string | undefined;
  private ownerPid: number | undefined;
  private misses = 0;
  private failedAttempts = 0;
  private timer: NodeJS.Timeout | undefined;
  private checking: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: ChromaSupervisorOptions) {
    this.role = options.role;
    this.server = options.server;
    this.lock = options.lock;
    this.ownerPid = options.holder?.pid;
    this.server?.exited.then(() => this.check());
    this.schedule(options.intervalMs ?? 1000);
  }

  get managed(): boolean {
    return this.role === "owner";
  }

  available(): boolean {
    return this.up;
  }

  health(): ChromaHealth {
    return {
      up: this.up,
      role: this.role,
      url: this.options.url,
      restarts: this.restarts,
      since: this.since,
      ...(this.lastError && !this.up ? { lastError: this.lastError } : {}),
      ...(this.role === "attached" && this.ownerPid !== undefined ? { ownerPid: this.ownerPid } : {}),
    };
  }

  /** A request failed to reach the server: check now (does not wait for a restart). */
  reportFailure(error: unknown): void {
    this.lastError = (error as Error)?.message ?? String(error);
    void this.check();
  }

  /** Restarts an owned server now (e.g. its compactor stopped) and resolves whether it is up again. */
  async restart(reason: string): Promise<boolean> {
    if (this.role !== "owner") return false;
    await this.checking;
    // Runs as the current check, so the old server's exit cannot start a second server meanwhile.
    this.checking = (async () => {
      this.markDown(reason);
      await this.startOwned(true);
    })().finally(() => {
      this.checking = undefined;
    });
    await this.checking;
    return this.up;
  }

  /** Runs one check unless one is running; resolves when it is done. */
  check(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.checking ??= this.tick().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.checking?.catch(() => undefined);
    if (this.role === "owner") {
      // Stop the server before the lock goes, so a follower never starts a second server on the same data.
      await this.server?.stop();
      this.lock?.release();
    }
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      void this.check().finally(() => this.schedule(this.up ? (this.options.intervalMs ?? 1000) : Math.min(500 * 2 ** this.failedAttempts, 10_000)));
    }, ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    const exited = this.role === "owner" && this.server?.hasExited() === true;
    const probe = this.options.probe ?? heartbeat;
    let beat = exited ? "refused" : await probe(this.options.url, this.options.heartbeatTimeoutMs);
    // A late answer may be this process's own doing (synchronous work held its event loop past the timeout): ask
    // again at once, with the loop free, before counting a miss.
    if (beat === "no answer" && !this.stopped) beat = await probe(this.options.url, this.options.heartbeatTimeoutMs);
    if (beat === "ok") {
      this.misses = 0;
      this.failedAttempts = 0;
      this.markUp();
      return;
    }
    if (this.stopped) return;
    // Refused (or exited) means the server is gone. A late answer may be a busy machine: only several in a row
    // count as a hung server, so a loaded but healthy server is never killed.
    this.misses += 1;
    if (beat === "no answer" && this.misses < allowedMisses) return;
    const reason = exited ? "the Chroma server exited" : beat === "refused" ? `nothing listens at ${this.options.url}` : `the Chroma server stopped answering at ${this.options.url}`;
    if (this.role === "external") {
      this.markDown(reason);
      return;
    }
    if (this.role === "owner") {
      this.markDown(reason);
      await this.startOwned(false);
      return;
    }
    await this.follow();
  }

  /** Attached: the owner restarts its own server; an owner that is gone is taken over. */
  private async follow(): Promise<void> {
    this.markDown(`no heartbeat from the owner's Chroma server at ${this.options.url}`);
    const record = readLock(this.options.lockFile);
    if (record && record !== "unreadable" && ownerAlive(record) && record.pid !== process.pid) {
      this.ownerPid = record.pid;
      this.markDown(`the owner (pid ${record.pid}) has no Chroma server answering at ${this.options.url}; waiting for it`);
      return;
    }
    const acquired = await DataDirLock.acquire(this.options.lockFile);
    if ("holder" in acquired) {
      this.ownerPid = acquired.holder.pid;
      this.markDown(`waiting for the new owner (pid ${acquired.holder.pid})`);
      return;
    }
    this.lock = acquired.lock;
    this.role = "owner";
    this.ownerPid = undefined;
    this.options.log?.(`the owner of ${this.options.dataDir} is gone: taking it over`);
    // The old owner's server stops with its owner; never open the same data while it still has it open.
    const stale = acquired.lock.previous?.chroma ?? (record && record !== "unreadable" ? record.chroma : undefined);
    if (stale) await waitForExit(stale);
    await this.startOwned(false);
  }

  /** Owner: (re)starts the server on the same port and data. */
  private async startOwned(immediate: boolean): Promise<void> {
    const port = Number(new URL(this.options.url).port);
    const host = new URL(this.options.url).hostname;
    if (this.server && !this.server.hasExited()) {
      if (immediate) {
        // Asked to restart a working server (e.g. its compactor stopped): stop it politely.
        await this.server.stop();
      } else {
        // A hung server cannot be stopped politely.
        process.kill(this.server.pid, "SIGKILL");
        await this.server.exited;
      }
    }
    if (!immediate && this.failedAttempts > 0) await sleep(Math.min(500 * 2 ** (this.failedAttempts - 1), 10_000));
    try {
      this.options.log?.(`restarting the Chroma server on ${this.options.url} (same data)…`);
      const server = await startChromaServer({ dataDir: this.options.dataDir, host, port, ...(this.options.startTimeoutMs ? { startTimeoutMs: this.options.startTimeoutMs } : {}) });
      if (this.stopped) {
        await server.stop();
        return;
      }
      this.server = server;
      server.exited.then(() => this.check());
      this.lock?.update({ url: server.url, host: server.host, port: server.port, pid: server.pid });
      this.restarts += 1;
      this.failedAttempts = 0;
      this.misses = 0;
      this.markUp();
      this.options.log?.(`the Chroma server is back on ${server.url} (restart ${this.restarts})`);
    } catch (error) {
      this.failedAttempts += 1;
      this.lastError = `could not restart the Chroma server: ${(error as Error).message.split("\n")[0]}`;
      this.options.log?.(this.lastError);
    }
  }

  private markUp(): void {
    if (this.up) return;
    this.up = true;
    this.since = new Date().toISOString();
    this.lastError = undefined;
    this.options.onChange?.(this.health());
  }

  private markDown(reason: string): void {
    this.lastError = reason;
    if (!this.up) return;
    this.up = false;
    this.since = new Date().toISOString();
    this.options.log?.(`Chroma is unavailable: ${reason}`);
    this.options.onChange?.(this.health());
  }
}
