import { Command, InvalidArgumentError, Option } from "commander";
import { routeSchema } from "@tandem/core";
import { defaultCostOrder } from "@tandem/router/evaluation";
import { findConfigFile, loadConfig, type TandemConfig } from "../config/load-config";
import { openRuntime, type Runtime, type RuntimeNeeds } from "../runtime/runtime";
import { runIngest } from "./commands/ingest";
import { runEvalRetrieval } from "./commands/eval-retrieval";
import { runEvalRouting } from "./commands/eval-routing";
import { parseCostOrder, runEvalAnswers } from "./commands/eval-answers";
import { runRouterBudget } from "./commands/router-budget";
import { runRouterFit, type RouterFitOptions } from "./commands/router-fit";
import { runServe, type ServeOptions } from "./commands/serve";
import { registerTuneCommands } from "./commands/tune";
import { registerDataGenerateCommands } from "./commands/data-generate";
import { registerDataExportCommand } from "./commands/data-export";
import { registerDataPrepareCommand } from "./commands/data-prepare";
import { runConfigSchema } from "./commands/config-schema";
import { runAskStream } from "./commands/ask-stream";
import { readConversationFile } from "./conversation-file";
import { registerDataCommands } from "./commands/data";
import { dataAction } from "./commands/data-action";
import { renderAnswer, renderDecision, renderHits } from "./render";
import { runJsonlInput } from "./input-file";
import { interruptedExitCode, interruptible, isInterruption } from "./interrupt";
import { createOutput, type Output } from "./output";
import { addSearchSettingOptions, type SearchSettingFlags, searchSettings } from "./search-settings";

interface GlobalOptions {
  config?: string;
  json?: boolean;
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError("expected a positive whole number");
  return parsed;
}

function nonNegativeInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new InvalidArgumentError("expected a whole number ≥ 0");
  return parsed;
}

function port(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) throw new InvalidArgumentError("expected a port number (0-65535; 0 picks a free one)");
  return parsed;
}

function parseWhere(value: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(value) as unknown;
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object");
    return parsed as Record<string, unknown>;
  } catch (error) {
    throw new InvalidArgumentError(`expected a JSON object (${(error as Error).message})`);
  }
}

function share(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0 || parsed > 1) throw new InvalidArgumentError("expected a share between 0 and 1");
  return parsed;
}

/** Builds the `tandem` program. `run` receives the handler's exit code. */
export function createProgram(setExitCode: (code: number) => void): Command {
  const program = new Command("tandem")
    .description(
      "Route each query to a fine-tuned model, a RAG chain, or both — and say why.\n" +
        "Reads tandem.config.yaml from the working directory unless --config is given.",
    )
    .option("-c, --config <file>", "config file (default: ./tandem.config.yaml)")
    .option("--json", "machine-readable JSON on stdout (logs and progress stay on stderr)")
    .showHelpAfterError()
    .configureHelp({ showGlobalOptions: true });

  const action =
    <Args extends unknown[]>(needs: RuntimeNeeds | null, handler: (context: Context, ...args: Args) => Promise<number | void>) =>
    async (...args: unknown[]) => {
      const command = args.at(-1) as Command;
      const globals = command.optsWithGlobals<GlobalOptions>();
      const output = createOutput(Boolean(globals.json));
      let runtime: Runtime | undefined;
      try {
        const config = loadConfig(findConfigFile(globals.config));
        // Commands with a runtime stop on Ctrl-C with ABORTED (exit 130); `serve` drains on its own signals.
        const run = async () => {
          runtime = needs ? await openRuntime(config, { needs, log: output.log }) : undefined;
          return handler({ config, output, runtime: runtime as Runtime }, ...(args.slice(0, -1) as Args));
        };
        const code = needs ? await interruptible(run) : await run();
        setExitCode(code ?? 0);
      } catch (error) {
        const code = output.fail(error);
        setExitCode(isInterruption(error) ? interruptedExitCode : code);
      } finally {
        if (runtime && needs !== "serve") await runtime.close();
      }
    };

  program
    .command("ingest")
    .description("Ingest documents into the index, incrementally (unchanged files are skipped)")
    .argument("[paths...]", "files or directories (default: rag.sources from the config)")
    .option("--prune", "delete chunks of sources that are no longer present")
    .option("--verify", "compare the whole index with the ingestion records and repair any difference")
    .addHelpText(
      "after",
      "\nResumable: a run killed at any point and run again ends with exactly the right chunks.\n" +
        "Prints {added, updated, skipped, deleted, failed, ...}; progress goes to stderr.",
    )
    .action(action("ingest", (context, paths: string[], options: { prune?: boolean; verify?: boolean }) => runIngest(context, paths, options)));

  addSearchSettingOptions(
    program
      .command("search")
      .description("Search the index; prints hits with score, source and text")
      .argument("[query]", "the query (or use --input)")
      .option("-k <n>", "number of hits", positiveInteger, 5)
      .addOption(new Option("--mode <mode>", "hybrid (the default search), or one side alone (dense, or lexical: plain BM25)").choices(["hybrid", "dense", "lexical"]).default("hybrid"))
      .option("--where <json>", 'metadata filter in Chroma\'s where grammar, e.g. \'{"team": "docs"}\'', parseWhere)
      .option("--input <file>", "JSONL file with one {\"query\": ...} per line; one JSON result per line out"),
  ).action(
    action("search", async (context, query: string | undefined, options: SearchSettingFlags & { k: number; input?: string; mode: "hybrid" | "dense" | "lexical"; where?: Record<string, unknown> }) =>
      withQuery(context.output, query, options.input, async (text) => {
        const hits = await context.runtime.search(text, options.k, { mode: options.mode, ...(options.where ? { where: options.where } : {}), ...searchSettings(options) });
        return { value: { query: text, hits }, human: () => renderHits(hits) };
      }),
    ),
  );

  program
    .command("route")
    .description("Decide who would answer (tuned, rag or both) and why, without answering")
    .argument("[query]", "the query (or use --input, or --conversation)")
    .option("--input <file>", "JSONL file with one {\"query\": ...} per line")
    .option("--conversation <file>", "JSON conversation [{role, content}, ...]: routes on the whole conversation; its last user message is the query unless one is given")
    .action(
      action("route", async (context, query: string | undefined, options: { input?: string; conversation?: string }) => {
        const conversation = options.conversation ? readConversationFile(options.conversation, query) : undefined;
        return withQuery(context.output, conversation?.query ?? query, options.input, async (text) => {
          const decision = await context.runtime.route(text, conversation ? { history: conversation.history } : {});
          return { value: decision, human: () => renderDecision(decision) };
        });
      }),
    );

  program
    .command("ask")
    .description("Answer a query: the router picks tuned, rag or both; the answer cites its sources")
    .argument("[query]", "the question (or use --input, or --conversation)")
    .addOption(new Option("--route <route>", "force a route instead of asking the router").choices(routeSchema.options))
    .option("--input <file>", "JSONL file with one {\"query\": ...} per line")
    .option("--conversation <file>", "JSON conversation [{role, content}, ...]: routes on the whole conversation; its last user message is the query unless one is given")
    .option("--stream", "print the route first, then the answer as it is generated (with --json: one event per line)")
    .action(
      action("ask", async (context, query: string | undefined, options: { route?: "tuned" | "rag" | "both"; input?: string; conversation?: string; stream?: boolean }) => {
        const conversation = options.conversation ? readConversationFile(options.conversation, query) : undefined;
        const askOptions = { ...(options.route ? { route: options.route } : {}), ...(conversation ? { history: conversation.history } : {}) };
        if (options.stream && !options.input) {
          const text = conversation?.query ?? query;
          if (!text) {
            context.output.log("error: give a query, or --conversation FILE.json");
            return 2;
          }
          return runAskStream(context.runtime, context.output, text, askOptions);
        }
        return withQuery(context.output, conversation?.query ?? query, options.input, async (text) => {
          const answer = await context.runtime.ask(text, askOptions);
          return { value: answer, human: () => renderAnswer(answer) };
        });
      }),
    );

  const evaluate = program.command("eval").description("Evaluate routing and retrieval on labelled data");
  evaluate
    .command("retrieval")
    .description("Recall@k, all-gold@k, MRR and nDCG@k of plain BM25 (the baseline), dense, BM25 and hybrid (the default search) side by side, with per-query misses")
    .argument("<file>", 'JSONL: {"query": ..., "relevant": ["source.md", ...]} or graded {"relevant": {"source.md": 2}}, or QA {"question": ..., "sources": [...]}')
    .option("-k <n>", "cut-off of recall, all-gold and nDCG", positiveInteger, 5)
    .option("--ablation", "also the default search with each component switched off (title, feedback, its guard, hop, dense) and with RRF")
    .option("--html <file>", "also write a self-contained HTML report (the table as bars, the misses)")
    .action(action("search", (context, file: string, options: { k: number; ablation?: boolean; html?: string }) => runEvalRetrieval(context, file, options)));
  evaluate
    .command("routing")
    .description("Accuracy, per-class precision/recall/F1 and confusion matrix on {query, route} JSONL")
    .argument("<file>", "labelled JSONL: one {\"query\": ..., \"route\": \"tuned\"|\"rag\"|\"both\"} per line")
    .option("--html <file>", "also write a self-contained HTML report (confusion heatmap, per-route bars, cost–quality curve, misrouted queries)")
    .action(action("route", (context, file: string, options: { html?: string }) => runEvalRouting(context, file, options)));

  evaluate
    .command("answers")
    .description("Run tuned, rag and both on QA items; label each with the cheapest route that answered correctly (silver labels); report per-route correctness, the oracle ceiling and the router against the labels")
    .argument("<file>", "QA JSONL: one {\"question\": ..., \"answer\": ..., \"sources\"?: [...], \"route\"?: ...} per line; correct = the answer string contained (normalised)")
    .option("--write-labels <file>", "write the silver-labelled {query, route} JSONL (input for `tandem router fit`)")
    .option("--cost-order <routes>", "routes cheapest first", parseCostOrder, [...defaultCostOrder])
    .option("--html <file>", "also write a self-contained HTML report (correctness per route, the router against the silver labels)")
    .action(action(null, (context, file: string, options: { writeLabels?: string; costOrder: ("tuned" | "rag" | "both")[]; html?: string }) => runEvalAnswers(context, file, options)));

  const routerCommand = program.command("router").description("Fit the router on your own labelled data");
  routerCommand
    .command("fit")
    .description(
      "Fit the routing policy on labelled {query, route} JSONL; report it on a held-out split (or k-fold cross-validation) beside the current policy, with per-class tables and baselines; print or write the config patch",
    )
    .argument("<file>", "labelled JSONL: one {\"query\": ..., \"route\": \"tuned\"|\"rag\"|\"both\"} per line")
    .option("--holdout <share>", "share of each route held out for evaluation", share, 0.3)
    .option("--folds <k>", "k-fold cross-validation instead of one held-out split (the patch's model is fitted on all queries)", positiveInteger)
    .option("--seed <n>", "seed of the deterministic split", (value) => Number(value), 1)
    .option("--write", "write the fitted model (and a configured budget's threshold) into the config file")
    .action(action("route", (context, file: string, options: RouterFitOptions) => runRouterFit(context, file, options)));
  routerCommand
    .command("budget")
    .description("Calibrate router.budget's threshold on a sample of your own queries so at most maxShare of them go to the capped route")
    .argument("<file>", "JSONL: one {\"query\": ...} per line (e.g. a query log; labels not needed)")
    .addOption(new Option("--route <route>", "the route to cap (default: router.budget.route, else both)").choices(routeSchema.options))
    .option("--max-share <share>", "at most this share of queries to the route (default: router.budget.maxShare)", share)
    .option("--write", "write router.budget into the config file")
    .action(action("route", (context, file: string, options: { route?: "tuned" | "rag" | "both"; maxShare?: number; write?: boolean }) => runRouterBudget(context, file, options)));

  // `data validate|stats|prepare|export` work on files alone (no config file); `data generate` reads the index.
  const data = program
    .command("data")
    .description("Fine-tuning data: validate a file, count its tokens and cost, prepare and export it (no config file needed), or generate it from the index");
  registerDataCommands(data, (handler) => dataAction(setExitCode, handler));
  registerDataPrepareCommand(data, setExitCode);
  registerDataExportCommand(data, setExitCode);
  const configCommand = program.command("config").description("The config file: its JSON Schema for editor completion");
  configCommand
    .command("schema")
    .description("Print the JSON Schema of tandem.config.yaml (or write it with --out); needs no config file")
    .option("--out <file>", "write it to this file instead of stdout")
    .action((options: { out?: string }, command: Command) => {
      const output = createOutput(Boolean(command.optsWithGlobals<GlobalOptions>().json));
      try {
        setExitCode(runConfigSchema(output, options));
      } catch (error) {
        setExitCode(output.fail(error));
      }
    });

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
        "  CHROMA_URL        use this Chroma server instead of starting one",
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
    .action(
      action(null, (context, options: ServeOptions) => runServe(context, options)),
    );

  registerTuneCommands(program, setExitCode);
  registerDataGenerateCommands(program, action);

  return program;
}

export interface Context {
  config: TandemConfig;
  output: Output;
  runtime: Runtime;
}

async function withQuery(
  output: Output,
  query: string | undefined,
  input: string | undefined,
  handle: (query: string) => Promise<{ value: unknown; human: () => string }>,
): Promise<number> {
  if (input) return runJsonlInput(input, output, async (text) => (await handle(text)).value);
  if (!query) {
    output.log("error: give a query, or --input FILE.jsonl");
    return 2;
  }
  const { value, human } = await handle(query);
  output.result(value, human);
  return 0;
}

/** Entry point used by bin/tandem.js; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = createProgram((code) => {
    exitCode = code;
  });
  program.exitOverride();
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    return typeof code === "number" ? code : 1;
  }
  return exitCode;
}
