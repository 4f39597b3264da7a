// The `tandem` program: global options, then one register function per command (each in commands/, each running
// through defineAction). `main` is what bin/tandem.js calls.
import { Command } from "commander";
import { registerAskCommand } from "./commands/ask";
import { registerConfigCommands } from "./commands/config-schema";
import { registerDataCommands } from "./commands/data";
import { registerEvalCommands } from "./commands/eval";
import { registerIngestCommand } from "./commands/ingest";
import { registerRouteCommand } from "./commands/route";
import { registerRouterCommands } from "./commands/router";
import { registerSearchCommand } from "./commands/search";
import { registerServeCommand } from "./commands/serve";
import { registerTuneCommands } from "./commands/tune";
import { exitCodeOf } from "./define-action";

/** Builds the `tandem` program; after `parseAsync`, `exitCodeOf(program)` is the command's exit code. */
export function createProgram(): Command {
  const program = new Command("tandem")
    .description(
      "Route each query to a fine-tuned model, a RAG chain, or both — and say why.\n" +
        "Reads tandem.config.yaml from the working directory unless --config is given.",
    )
    .option("-c, --config <file>", "config file (default: ./tandem.config.yaml)")
    .option("--json", "machine-readable JSON on stdout (logs and progress stay on stderr)")
    .showHelpAfterError()
    .configureHelp({ showGlobalOptions: true });
  registerIngestCommand(program);
  registerSearchCommand(program);
  registerRouteCommand(program);
  registerAskCommand(program);
  registerEvalCommands(program);
  registerRouterCommands(program);
  registerDataCommands(program);
  registerConfigCommands(program);
  registerServeCommand(program);
  registerTuneCommands(program);
  return program;
}

/** Entry point used by bin/tandem.js; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = createProgram();
  program.exitOverride();
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    return typeof code === "number" ? code : 1;
  }
  return exitCodeOf(program);
}
