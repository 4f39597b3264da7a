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
  const server = await startChromaServer({ dataDir: options.dataDir, ...(options.startTimeoutMs ? { startTimeoutMs: options.startTimeoutMs } : {}) });
  return {
    url: server.url,
    client: new ChromaClient({ host: server.host, port: server.port }),
    managed: true,
    binary: server.binary,
    stop: () => server.stop(),
  };
}
