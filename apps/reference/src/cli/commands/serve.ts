import { startHttpServer } from "../../server/serve";
import type { Context } from "../main";
import { runIngest } from "./ingest";

/** `tandem serve`: optionally ingests, then serves the web UI and JSON API until interrupted. */
export async function runServe(context: Context, options: { port?: number; host?: string; ingest?: boolean }): Promise<number> {
  const { config, output, runtime } = context;
  if (options.ingest && config.rag) await runIngest(context, [], {}, { quiet: true });
  const server = await startHttpServer(runtime, {
    host: options.host ?? config.server.host,
    port: options.port ?? config.server.port,
  });
  const description = runtime.describe();
  output.log(description.modelsText);
  output.log(`Tandem is serving ${[description.rag && "rag", description.tuned && "tuned"].filter(Boolean).join(" + ")} at ${server.url}`);
  output.log(`  web UI: ${server.url}/   API: POST ${server.url}/v1/ask {"query": "..."}   (Ctrl-C to stop)`);
  if (output.json) output.line({ url: server.url, ...description });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  output.log("stopping…");
  await server.close();
  await runtime.close();
  return 0;
}
