import { TandemError } from "@tandem/core";
import { ChromaClient } from "chromadb";
import { startChromaServer } from "./chroma-server";
import { type ChromaHealth, type ChromaRole, ChromaSupervisor, waitForExit } from "./chroma-supervisor";
import { heartbeat } from "./heartbeat";
import { DataDirLock, type LockRecord, ownerAlive, readLock } from "./data-dir-lock";

export interface EnsureChromaOptions {
  /** A running server to use. Default: the CHROMA_URL environment variable; without one, a local server starts. */
  chromaUrl?: string;
  /**
   * Credentials for a server that asks for them (Chroma Cloud, or a server with token auth), sent with every request
   * to `chromaUrl` as `x-chroma-token`. Default: the CHROMA_API_KEY environment variable.
   */
  apiKey?: string;
  /** Tenant and database on that server. Default: CHROMA_TENANT and CHROMA_DATABASE; else the server's defaults. */
  tenant?: string;
  database?: string;
  /** Data directory for a local server. */
  dataDir: string;
  /** The data directory's lock file. Default: `<dataDir>.lock` (e.g. `.tandem/chroma.lock`). */
  lockFile?: string;
  startTimeoutMs?: number;
  /** How long to wait for the owner of the data directory to bring its server up before failing. Default 30000. */
  attachTimeoutMs?: number;
  /** Heartbeat interval of the supervisor, in milliseconds. Default 1000. */
  healthIntervalMs?: number;
  /** Where to say that the server went down, was restarted or taken over. Default: nowhere. */
  log?: (message: string) => void;
  /** Called whenever the server goes up or down. */
  onHealthChange?: (health: ChromaHealth) => void;
}

export interface ChromaConnection {
  url: string;
  client: ChromaClient;
  /** True while this process runs the server (it started it, or took it over from an owner that went away). */
  readonly managed: boolean;
  /** owner: this process runs the server; attached: another process owns the data directory; external: CHROMA_URL. */
  readonly role: ChromaRole;
  /** Which npm binary runs a managed server. */
  binary?: string;
  /** False while the server is known to be down (callers fail fast with CHROMA_UNAVAILABLE). */
  available(): boolean;
  /** The supervisor's view, for health endpoints. */
  health(): ChromaHealth;
  /** A request could not reach the server: the supervisor checks at once (and restarts it if it owns it). */
  reportFailure(error: unknown): void;
  /**
   * Restarts a managed server that stopped working (same port, same data: clients keep working) and resolves
   * true; false for a server Tandem does not manage. Pass it to `ChromaStore.open({ repair })`.
   */
  repair(error: unknown): Promise<boolean>;
  /** Stops supervising; an owner also stops its server and releases the data directory. */
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function connection(supervisor: ChromaSupervisor, url: string, client: ChromaClient, binary?: string): ChromaConnection {
  return {
    url,
    client,
    get managed() {
      return supervisor.managed;
    },
    get role() {
      return supervisor.health().role;
    },
    ...(binary ? { binary } : {}),
    available: () => supervisor.available(),
    health: () => supervisor.health(),
    reportFailure: (error) => supervisor.reportFailure(error),
    repair: (error) => supervisor.restart((error as Error)?.message ?? String(error)),
    stop: () => supervisor.stop(),
  };
}

/**
 * Connects to CHROMA_URL if given (checking its heartbeat, then health-checking it), else to the data directory's
 * own server: the first process takes the directory's lock and starts the server; later ones attach to it and
 * follow it (and take over if the owner goes away). A lock left by a killed process is recovered.
 */
export async function ensureChroma(options: EnsureChromaOptions): Promise<ChromaConnection> {
  const chromaUrl = options.chromaUrl ?? process.env.CHROMA_URL;
  const lockFile = options.lockFile ?? `${options.dataDir}.lock`;
  const supervise = (role: ChromaRole, url: string, extra: Partial<ConstructorParameters<typeof ChromaSupervisor>[0]> = {}) =>
    new ChromaSupervisor({
      role,
      url,
      dataDir: options.dataDir,
      lockFile,
      ...(options.startTimeoutMs ? { startTimeoutMs: options.startTimeoutMs } : {}),
      ...(options.healthIntervalMs ? { intervalMs: options.healthIntervalMs } : {}),
      ...(options.log ? { log: options.log } : {}),
      ...(options.onHealthChange ? { onChange: options.onHealthChange } : {}),
      ...extra,
    });
  if (chromaUrl) {
    let parsed: URL;
    try {
      parsed = new URL(chromaUrl);
    } catch {
      throw new TandemError({ code: "CHROMA_UNAVAILABLE", message: `CHROMA_URL is not a URL: ${chromaUrl}`, hint: "use e.g. http://localhost:8000" });
    }
    const ssl = parsed.protocol === "https:";
    const apiKey = options.apiKey ?? process.env.CHROMA_API_KEY;
    const tenant = options.tenant ?? process.env.CHROMA_TENANT;
    const database = options.database ?? process.env.CHROMA_DATABASE;
    const headers: Record<string, string> = apiKey ? { "x-chroma-token": apiKey } : {};
    const client = new ChromaClient({
      host: parsed.hostname,
      port: Number(parsed.port || (ssl ? 443 : 80)),
      ssl,
      headers,
      ...(tenant ? { tenant } : {}),
      ...(database ? { database } : {}),
    });
    try {
      await client.heartbeat();
    } catch (error) {
      throw new TandemError({
        code: "CHROMA_UNAVAILABLE",
        message: `no Chroma server answers at ${chromaUrl}: ${(error as Error).message}`,
        hint: "start it, fix CHROMA_URL (a server that asks for credentials also needs CHROMA_API_KEY, and CHROMA_TENANT / CHROMA_DATABASE if not the defaults), or unset CHROMA_URL to let Tandem start a local server",
        cause: error,
      });
    }
    return connection(supervise("external", chromaUrl, { probe: (url, timeoutMs) => heartbeat(url, timeoutMs, headers) }), chromaUrl, client);
  }

  const deadline = Date.now() + (options.attachTimeoutMs ?? 30_000);
  let waitingFor: LockRecord | undefined;
  for (;;) {
    const acquired = await DataDirLock.acquire(lockFile);
    if ("lock" in acquired) {
      const { lock } = acquired;
      try {
        // A killed owner's server stops with it: never open the same data while the old server still has it open.
        const stale = lock.previous?.chroma;
        if (stale) {
          options.log?.(`recovered the stale lock of pid ${lock.previous?.pid} on ${options.dataDir}`);
          await waitForExit(stale);
        }
        const server = await startChromaServer({ dataDir: options.dataDir, ...(options.startTimeoutMs ? { startTimeoutMs: options.startTimeoutMs } : {}) });
        lock.update({ url: server.url, host: server.host, port: server.port, pid: server.pid });
        const supervisor = supervise("owner", server.url, { server, lock });
        return connection(supervisor, server.url, new ChromaClient({ host: server.host, port: server.port }), server.binary);
      } catch (error) {
        lock.release();
        throw error;
      }
    }
    // Another live process owns the data directory: use its server once it answers.
    const { holder } = acquired;
    waitingFor = holder;
    if (holder.chroma && (await heartbeat(holder.chroma.url)) === "ok") {
      const { url, host, port } = holder.chroma;
      return connection(supervise("attached", url, { holder }), url, new ChromaClient({ host, port }));
    }
    if (Date.now() > deadline) break;
    await sleep(200);
    const now = readLock(lockFile);
    if (now && now !== "unreadable" && !ownerAlive(now)) continue;
  }
  throw new TandemError({
    code: "CHROMA_UNAVAILABLE",
    message: `${options.dataDir} is owned by process ${waitingFor?.pid ?? "?"} (since ${waitingFor?.since ?? "?"}), whose Chroma server ${waitingFor?.chroma ? `does not answer at ${waitingFor.chroma.url}` : "has not started"}`,
    hint: `wait for that process to finish or stop it (the lock is ${lockFile}); one process owns a data directory, others attach to its server`,
  });
}
