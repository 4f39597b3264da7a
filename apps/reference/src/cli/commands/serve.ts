import { watchConfig } from "../../config/watch-config";
import { openRuntime } from "../../runtime/runtime";
import { assertBindIsSafe, resolveApiKeys } from "../../server/auth";
import { DecisionLog } from "../../server/decision-log";
import { createServerLogger, type LogLevel, loggedOutput } from "../../server/logging";
import { startHttpServer } from "../../server/serve";
import { watchWrappers } from "../../server/wrapper-watch";
import type { Context } from "../main";
import { runIngest } from "./ingest";

export interface ServeOptions {
  port?: number;
  host?: string;
  ingest?: boolean;
  watch?: boolean;
  allowUnauthenticated?: boolean;
  logLevel?: LogLevel;
  drainTimeout?: number;
}

/** The port: --port, else the PORT environment variable, else server.port. */
export function servePort(option: number | undefined, environment: NodeJS.ProcessEnv, configured: number): number {
  if (option !== undefined) return option;
  const fromEnvironment = environment.PORT?.trim();
  if (fromEnvironment && /^\d+$/.test(fromEnvironment) && Number(fromEnvironment) <= 65535) return Number(fromEnvironment);
  return configured;
}

/**
 * `tandem serve`: checks the bind is safe, opens the runtime (Chroma, models, router), optionally ingests, then
 * serves until SIGTERM/SIGINT (or until the npm/npx wrapper it was started through exits): then it drains —
 * in-flight requests and streams finish, up to server.drainTimeoutMs — stops Chroma and returns 0.
 * A second signal stops at once.
 */
export async function runServe(context: Omit<Context, "runtime">, options: ServeOptions): Promise<number> {
  const { config } = context;
  const host = options.host ?? config.server.host;
  const port = servePort(options.port, process.env, config.server.port);
  const apiKeys = resolveApiKeys(config.server);
  assertBindIsSafe(host, apiKeys, Boolean(options.allowUnauthenticated) || config.server.allowUnauthenticated);

  const logger = createServerLogger({ level: options.logLevel ?? config.server.logLevel });
  const output = loggedOutput(context.output, logger);
  const runtime = await openRuntime(config, { needs: "serve", log: output.log });
  const decisionLog = config.server.decisionLog ? new DecisionLog(config.server.decisionLog) : undefined;
  try {
    if (options.ingest && config.rag) await runIngest({ config, output, runtime }, [], {}, { quiet: true });
    const watcher =
      options.watch === false ? undefined : watchConfig({ file: config.file, version: runtime.describe().routerConfigVersion, apply: (next) => runtime.reload(next), log: output.log });
    const server = await startHttpServer(runtime, {
      host,
      port,
      server: config.server,
      apiKeys,
      logger,
      ...(decisionLog ? { decisionLog } : {}),
      ...(watcher ? { configStatus: watcher.status } : {}),
    });
    const description = runtime.describe();
    logger.info({ url: server.url, models: description.models, auth: apiKeys.length > 0 ? `${apiKeys.length} key(s)` : "none" }, description.modelsText);
    output.log(`Tandem is serving ${[description.rag && "rag", description.tuned && "tuned"].filter(Boolean).join(" + ")} at ${server.url}`);
    output.log(`  web UI: ${server.url}/   API: POST ${server.url}/v1/ask {"query": "..."}, POST ${server.url}/v1/chat/completions (OpenAI-compatible), GET ${server.url}/metrics   (Ctrl-C to stop)`);
    if (watcher) output.log(`  watching ${config.file}: router changes apply to new requests without a restart`);
    if (context.output.json) context.output.line({ url: server.url, pid: process.pid, ...description });

    const reason = await new Promise<string>((resolve) => {
      process.once("SIGINT", () => resolve("SIGINT"));
      process.once("SIGTERM", () => resolve("SIGTERM"));
      watchWrappers((pid) => resolve(`the npm/npx process ${pid} that started this server exited`));
    });
    const force = () => {
      logger.warn("second signal: stopping now");
      process.exit(130);
    };
    process.on("SIGINT", force);
    process.on("SIGTERM", force);
    const drainTimeoutMs = options.drainTimeout ?? config.server.drainTimeoutMs;
    logger.info({ reason, inFlight: server.inFlight(), drainTimeoutMs }, "stopping: draining in-flight requests");
    const drained = await server.drain(drainTimeoutMs);
    logger.info(drained, drained.finished ? "drained" : `drain deadline passed: closed ${drained.cut} request(s)`);
    watcher?.close();
    await decisionLog?.close();
    await runtime.close();
    logger.info("stopped");
    await new Promise<void>((resolve) => logger.flush(() => resolve()));
    process.off("SIGINT", force);
    process.off("SIGTERM", force);
    return 0;
  } catch (error) {
    await decisionLog?.close();
    await runtime.close();
    throw error;
  }
}
