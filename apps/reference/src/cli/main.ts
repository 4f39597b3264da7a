import { Command, InvalidArgumentError, Option } from "commander";
import { routeSchema } from "@tandem/core";
import { findConfigFile, loadConfig, type TandemConfig } from "../config/load-config";
import { openRuntime, type Runtime, type RuntimeNeeds } from "../runtime/runtime";
import { runIngest } from "./commands/ingest";
import { runEvalRouting } from "./commands/eval-routing";
import { runRouterFit } from "./commands/router-fit";
import { runServe } from "./commands/serve";
import { registerDataCommands, type StandaloneAction } from "./commands/data";
import { renderAnswer, renderDecision, renderHits } from "./render";
import { runJsonlInput } from "./input-file";
import { createOutput, type Output } from "./output";

interface GlobalOptions {
  config?: string;
  json?: boolean;
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError("expected a positive whole number");
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
        runtime = needs ? await openRuntime(config, { needs, log: output.log }) : undefined;
        const code = await handler({ config, output, runtime: runtime as Runtime }, ...(args.slice(0, -1) as Args));
        setExitCode(code ?? 0);
      } catch (error) {
        setExitCode(output.fail(error));
      } finally {
        if (runtime && needs !== "serve") await runtime.close();
      }
    };

  /** For commands that work on a file alone: no config file is loaded, no runtime is opened. */
  const standalone: StandaloneAction =
    (handler) =>
    async (...args: unknown[]) => {
      const output = createOutput(Boolean((args.at(-1) as Command).optsWithGlobals<GlobalOptions>().json));
      try {
        setExitCode((await handler(output, ...(args.slice(0, -1) as never[]))) ?? 0);
      } catch (error) {
        setExitCode(output.fail(error));
      }
    };

  program
    .command("ingest")
    .description("Ingest documents into the index, incrementally (unchanged files are skipped)")
    .argument("[paths...]", "files or directories (default: rag.sources from the config)")
    .option("--prune", "delete chunks of sources that are no longer present")
    .action(action("ingest", (context, paths: string[], options: { prune?: boolean }) => runIngest(context, paths, options)));

  program
    .command("search")
    .description("Search the index; prints hits with score, source and text")
    .argument("[query]", "the query (or use --input)")
    .option("-k <n>", "number of hits", positiveInteger, 5)
    .option("--input <file>", "JSONL file with one {\"query\": ...} per line; one JSON result per line out")
    .action(
      action("search", async (context, query: string | undefined, options: { k: number; input?: string }) =>
        withQuery(context.output, query, options.input, async (text) => {
          const hits = await context.runtime.search(text, options.k);
          return { value: { query: text, hits }, human: () => renderHits(hits) };
        }),
      ),
    );

  program
    .command("route")
    .description("Decide who would answer (tuned, rag or both) and why, without answering")
    .argument("[query]", "the query (or use --input)")
    .option("--input <file>", "JSONL file with one {\"query\": ...} per line")
    .action(
      action("route", async (context, query: string | undefined, options: { input?: string }) =>
        withQuery(context.output, query, options.input, async (text) => {
          const decision = await context.runtime.route(text);
          return { value: decision, human: () => renderDecision(decision) };
        }),
      ),
    );

  program
    .command("ask")
    .description("Answer a query: the router picks tuned, rag or both; the answer cites its sources")
    .argument("[query]", "the question (or use --input)")
    .addOption(new Option("--route <route>", "force a route instead of asking the router").choices(routeSchema.options))
    .option("--input <file>", "JSONL file with one {\"query\": ...} per line")
    .action(
      action("ask", async (context, query: string | undefined, options: { route?: "tuned" | "rag" | "both"; input?: string }) =>
        withQuery(context.output, query, options.input, async (text) => {
          const answer = await context.runtime.ask(text, options.route ? { route: options.route } : {});
          return { value: answer, human: () => renderAnswer(answer) };
        }),
      ),
    );

  const evaluate = program.command("eval").description("Evaluate routing (and, later, retrieval and answers) on labelled data");
  evaluate
    .command("routing")
    .description("Accuracy, per-class precision/recall/F1 and confusion matrix on {query, route} JSONL")
    .argument("<file>", "labelled JSONL: one {\"query\": ..., \"route\": \"tuned\"|\"rag\"|\"both\"} per line")
    .action(action("route", (context, file: string) => runEvalRouting(context, file)));

  const routerCommand = program.command("router").description("Fit the router on your own labelled data");
  routerCommand
    .command("fit")
    .description("Fit the routing policy on labelled {query, route} JSONL; report it on a held-out split beside the current policy")
    .argument("<file>", "labelled JSONL: one {\"query\": ..., \"route\": \"tuned\"|\"rag\"|\"both\"} per line")
    .option("--holdout <share>", "share of each route held out for evaluation", (value) => Number(value), 0.3)
    .option("--seed <n>", "seed of the deterministic split", (value) => Number(value), 1)
    .option("--write", "write the fitted model into the config file (router.model)")
    .action(action("route", (context, file: string, options: { holdout: number; seed: number; write?: boolean }) => runRouterFit(context, file, options)));

  registerDataCommands(program, standalone);

  program
    .command("serve")
    .description("Serve the web UI and the JSON API (POST /v1/ask, /v1/route, /v1/search)")
    .option("-p, --port <port>", "port (default: server.port from the config, 8787)", (value) => Number(value))
    .option("--host <host>", "interface to bind (default 127.0.0.1)")
    .option("--ingest", "ingest rag.sources (incrementally) before serving")
    .action(action("serve", (context, options: { port?: number; host?: string; ingest?: boolean }) => runServe(context, options)));

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
