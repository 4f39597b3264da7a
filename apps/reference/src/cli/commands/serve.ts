import { watchConfig } from "../../config/watch-config";
import { startHttpServer } from "../../server/serve";
import type { Context } from "../main";
import { runIngest } from "./ingest";

/** `tandem serve`: optionally ingests, then serves the web UI and JSON API until interrupted. */
export async function runServe(context: Context, options: { port?: number; host?: string; ingest?: boolean; watch?: boolean }): Promise<number> {
  const { config, output, runtime } = context;
  if (options.ingest && config.rag) await runIngest(context, [], {}, { quiet: true });
  const watcher =
    options.watch === false ? undefined : watchConfig({ file: config.file, version: runtime.describe().routerConfigVersion, apply: (next) => runtime.reload(next), log: output.log });
  const server = await startHttpServer(runtime, {
    host: options.host ?? config.server.host,
    port: options.port ?? config.server.port,
    ...(watcher ? { configStatus: watcher.status } : {}),
  });
  const description = runtime.describe();
  output.log(description.modelsText);
  output.log(`Tandem is serving ${[description.rag && "rag", description.tuned && "tuned"].filter(Boolean).join(" + ")} at ${server.url}`);
  output.log(`  web UI: ${server.url}/   API: POST ${server.url}/v1/ask {"query": "..."}, POST ${server.url}/v1/chat/completions (OpenAI-compatible)   (Ctrl-C to stop)`);
  if (watcher) output.log(`  watching ${config.file}: router changes apply to new requests without a restart`);
  if (output.json) output.line({ url: server.url, ...description });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  output.log("stopping…");
  watcher?.close();
  await server.close();
  await runtime.close();
  return 0;
}
