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
}

export interface ChromaConnection {
  url: string;
  client: ChromaClient;
  /** True when Tandem started the server (and `stop` stops it). */
  managed: boolean;
  /** Which npm binary runs a managed server. */
  binary?: string;
  stop(): Promise<void>;
}

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
    return { url: chromaUrl, client, managed: false, stop: async () => {} };
  }
  // Another Tandem process may already serve this data directory (e.g. `npm start` while the CLI runs): share it.
  const marker = join(options.dataDir, "server.json");
  const shared = await runningServer(marker);
  if (shared) return { url: shared.url, client: new ChromaClient({ host: shared.host, port: shared.port }), managed: false, stop: async () => {} };

  const server = await startChromaServer({ dataDir: options.dataDir, ...(options.startTimeoutMs ? { startTimeoutMs: options.startTimeoutMs } : {}) });
  writeFileSync(marker, JSON.stringify({ url: server.url, host: server.host, port: server.port, pid: server.pid, owner: process.pid }));
  return {
    url: server.url,
    client: new ChromaClient({ host: server.host, port: server.port }),
    managed: true,
    binary: server.binary,
    async stop() {
      rmSync(marker, { force: true });
      await server.stop();
    },
  };
}

/** The server recorded in `marker` if its process is alive and it answers its heartbeat. */
async function runningServer(marker: string): Promise<{ url: string; host: string; port: number } | undefined> {
  let recorded: { url: string; host: string; port: number; pid: number };
  try {
    recorded = JSON.parse(readFileSync(marker, "utf8"));
    process.kill(recorded.pid, 0);
  } catch {
    return undefined;
  }
  try {
    const response = await fetch(`${recorded.url}/api/v2/heartbeat`, { signal: AbortSignal.timeout(1000) });
    return response.ok ? recorded : undefined;
  } catch {
    return undefined;
  }
}
