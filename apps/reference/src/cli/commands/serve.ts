import { watchConfig } from "../../config/watch-config";
import { openRuntime } from "../../runtime/open-runtime";
import { assertBindIsSafe, resolveApiKeys } from "../../server/auth";
import { DecisionLog } from "../../server/decision-log";
import { createServerLogger, type LogLevel, loggedOutput } from "../../server/logging";
import { startHttpServer } from "../../server/serve";
import { watchWrappers } from "../../server/wrapper-watch";
import { type Command, Option } from "commander";
import type { Context } from "../context";
import { defineAction } from "../define-action";
import { nonNegativeInteger, port } from "../parsers";
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
export async function runServe(context: Context, options: ServeOptions): Promise<number> {
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
    if (options.ingest && config.rag) await runIngest({ ...context, output, runtime }, [], {}, { quiet: true });
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

export function registerServeCommand(program: Command): void {
  program
    .command("serve")
    .description("Serve the web UI, the JSON API (POST /v1/ask, /v1/route, /v1/search), the OpenAI-compatible /v1/chat/completions and /metrics; reloads the router config when the file changes")
    .option("-p, --port <port>", "port (default: $PORT, else server.port from the config, 8787)", port)
    .option("--host <host>", "interface to bind (default: server.host, 127.0.0.1); a non-loopback host needs API keys or --allow-unauthenticated")
    .option("--ingest", "ingest rag.sources (incrementally) before serving")
    .option("--no-watch", "do not reload the config file when it changes")
    .option("--allow-unauthenticated", "serve a non-loopback host without API keys (e.g. behind a proxy that authenticates)")
    .addOption(new Option("--log-level <level>", "structured log level (default: server.logLevel, info)").choices(["fatal", "error", "warn", "info", "debug", "trace", "silent"]))
    .option("--drain-timeout <ms>", "on SIGTERM/SIGINT, how long in-flight requests may take to finish (default: server.drainTimeoutMs, 30000)", nonNegativeInteger)
    .addHelpText(
      "after",
      [
        "",
        "Environment:",
        "  TANDEM_API_KEYS   comma-separated API keys (wins over server.apiKeys); then /v1/* and /metrics need Authorization: Bearer <key>",
        "  PORT              port when --port is not given (wins over server.port)",
        "  CHROMA_URL        use this Chroma server instead of starting one (shared by replicas: see README → Deploying)",
        "  CHROMA_API_KEY, CHROMA_TENANT, CHROMA_DATABASE   credentials and place on a server that asks (Chroma Cloud)",
        "  OPENAI_API_KEY, OPENAI_BASE_URL   real models (see models: in the config)",
        "",
        "Config (server: in tandem.config.yaml; every key has a default):",
        "  host, port, apiKeys, allowUnauthenticated, allowedHosts, timeoutMs (60000), drainTimeoutMs (30000), logLevel,",
        "  limits: {bodyBytes (1 MiB), queryChars (10000), messages (100), concurrency (64), queue (256), queueTimeoutMs,",
        "           headersTimeoutMs, bodyTimeoutMs}, decisionLog: {path, query: hash|text}, prices: {model: {input, output}}",
        "",
        "Endpoints: GET / (web UI), POST /v1/ask, /v1/chat/completions, /v1/route, /v1/search, GET /v1/models,",
        "  GET /v1/health (200/503 with per-component status; liveness only without a key), GET /metrics (Prometheus).",
        "Logs: JSON lines on stderr with a request id (also the x-request-id response header).",
        "Stops on SIGTERM/SIGINT after in-flight requests and streams finish; a second signal stops at once.",
      ].join("\n"),
    )
    // serve drains on SIGTERM/SIGINT itself (see runServe), so the action leaves the signals to it.
    .action(defineAction({ needs: "config", ownSignals: true }, (context, options: ServeOptions) => runServe(context, options)));
}
