import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { ChromaClient } from "chromadb";
import { startChromaServer } from "./chroma-server";

export interface EnsureChromaOptions {
  /** A running server to use. Default: the CHROMA_URL environment variable; without one, a local server starts. */
  chromaUrl?: string;
  /** Data directory for a local server. */
  dataDir: string;
  startTimeoutMs?: number;
  /** Where to say that a managed server was restarted. Default: nowhere. */
  log?: (message: string) => void;
}

export interface ChromaConnection {
  url: string;
  client: ChromaClient;
  /** True when Tandem started the server (and `stop` stops it). */
  managed: boolean;
  /** Which npm binary runs a managed server. */
  binary?: string;
  /**
   * Restarts a managed server that stopped working (same port, same data: clients keep working) and resolves
   * true; false for a server Tandem does not manage. Pass it to `ChromaStore.open({ repair })`.
   */
  repair(error: unknown): Promise<boolean>;
  stop(): Promise<void>;
}

const cannotRepair = async () => false;

/** Connects to CHROMA_URL if given (checking its heartbeat), else starts the local Chroma server. */
export async function ensureChroma(options: EnsureChromaOptions): Promise<ChromaConnection> {
  const chromaUrl = options.chromaUrl ?? process.env.CHROMA_URL;
  if (chromaUrl) {
    let parsed: URL;
    try {
      parsed = new URL(chromaUrl);
    } catch {
      throw new TandemError({ code: "CHROMA_UNAVAILABLE", message: `CHROMA_URL is not a URL: ${chromaUrl}`, hint: "use e.g. http://localhost:8000" });
    }
    const ssl = parsed.protocol === "https:";
    const client = new ChromaClient({ host: parsed.hostname, port: Number(parsed.port || (ssl ? 443 : 80)), ssl });
    try {
      await client.heartbeat();
    } catch (error) {
      throw new TandemError({
        code: "CHROMA_UNAVAILABLE",
        message: `no Chroma server answers at ${chromaUrl}: ${(error as Error).message}`,
        hint: "start it, fix CHROMA_URL, or unset CHROMA_URL to let Tandem start a local server",
        cause: error,
      });
    }
    return { url: chromaUrl, client, managed: false, repair: cannotRepair, stop: async () => {} };
  }
  // Another Tandem process may already serve this data directory (e.g. `npm start` while the CLI runs): share it.
  const marker = join(options.dataDir, "server.json");
  const shared = await runningServer(marker);
  if (shared) return { url: shared.url, client: new ChromaClient({ host: shared.host, port: shared.port }), managed: false, repair: cannotRepair, stop: async () => {} };

  let server = await startChromaServer({ dataDir: options.dataDir, ...(options.startTimeoutMs ? { startTimeoutMs: options.startTimeoutMs } : {}) });
  const record = () => writeFileSync(marker, JSON.stringify({ url: server.url, host: server.host, port: server.port, pid: server.pid, owner: process.pid }));
  record();
  let repairing: Promise<boolean> | undefined;
  return {
    url: server.url,
    client: new ChromaClient({ host: server.host, port: server.port }),
    managed: true,
    binary: server.binary,
    repair(error) {
      repairing ??= (async () => {
        options.log?.(`the Chroma server stopped working (${(error as Error)?.message ?? String(error)}); restarting it on the same data…`);
        try {
          await server.stop();
          server = await startChromaServer({ dataDir: options.dataDir, host: server.host, port: server.port, ...(options.startTimeoutMs ? { startTimeoutMs: options.startTimeoutMs } : {}) });
          record();
          return true;
        } catch (restartError) {
          options.log?.(`could not restart the Chroma server: ${(restartError as Error).message}`);
          return false;
        } finally {
          setImmediate(() => (repairing = undefined));
        }
      })();
      return repairing;
    },
    async stop() {
      rmSync(marker, { force: true });
      await server.stop();
    },
  };
}

/** True while a process runs. A zombie (exited, not yet reaped by its parent) counts as gone. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // Linux: the state follows the command name in parentheses; Z is a zombie.
    return !/\)\s+Z\s/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/**
 * The server recorded in `marker` if it can be shared: its owner is alive and it answers its heartbeat. A server
 * whose owner is gone is on its way down (it stops with its owner): wait for it to exit — SIGKILL it after
 * `graceMs` — so that a new server never opens the same data while the old one still has it open.
 */
async function runningServer(marker: string, graceMs = 10_000): Promise<{ url: string; host: string; port: number } | undefined> {
  let recorded: { url: string; host: string; port: number; pid: number; owner?: number };
  try {
    recorded = JSON.parse(readFileSync(marker, "utf8"));
  } catch {
    return undefined;
  }
  if (!alive(recorded.pid)) return undefined;
  if (recorded.owner !== undefined && recorded.owner !== process.pid && !alive(recorded.owner)) {
    const deadline = Date.now() + graceMs;
    while (alive(recorded.pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (alive(recorded.pid)) {
      process.kill(recorded.pid, "SIGKILL");
      for (let waited = 0; alive(recorded.pid) && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return undefined;
  }
  try {
    const response = await fetch(`${recorded.url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(1000) });
    return response.ok ? recorded : undefined;
  } catch {
    return undefined;
  }
}
