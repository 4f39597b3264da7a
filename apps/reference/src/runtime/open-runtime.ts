import type { TandemConfig } from "../config/load-config";
import { type OpenRuntimeOptions, ragNotConfigured, type Runtime } from "./runtime";

/**
 * Opens the runtime a command or the server needs: models, Chroma (started or attached), the RAG chain, router and
 * dispatcher, wired from the config. Asking for the documents side on a tuned-only deployment is NOT_CONFIGURED.
 * `createRuntime` is loaded here, on first use, so that the types in runtime.ts never import it.
 */
export async function openRuntime(config: TandemConfig, options: OpenRuntimeOptions): Promise<Runtime> {
  const { createRuntime } = await import("./create-runtime");
  if ((options.needs === "ingest" || options.needs === "search") && !config.rag) throw ragNotConfigured(config.file, options.needs);
  return createRuntime(config, options);
}
