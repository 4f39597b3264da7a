// The one way a `tandem` command runs. `defineAction({ needs }, handler)` gives commander an action that:
// 1. reads `--json` and makes the output (JSON on stdout, logs on stderr);
// 2. loads what the command needs (`needs`, see ActionNeeds): the config file, and a runtime opened for it;
// 3. runs the handler with a signal that Ctrl-C aborts: the command then ends with ABORTED and exit code 130
//    (`serve` drains on its own signals instead: `ownSignals`);
// 4. reports any error once (`error [CODE] file:line path: message`, the JSON form with --json), closes the runtime,
//    and records the exit code for `main` (`exitCodeOf(program)`).
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { defaultConfigName, findConfigFile, loadConfig } from "../config/load-config";
import { type Runtime } from "../runtime/runtime";
import { openRuntime } from "../runtime/open-runtime";
import type { ActionNeeds, CommandContext, Context, ContextFor, OptionalConfigContext, RuntimeContext } from "./context";
import { interruptedExitCode, interruptible, isInterruption } from "./interrupt";
import { createOutput } from "./output";

/** The options every command has (`tandem --config FILE --json …`). */
export interface GlobalOptions {
  config?: string;
  json?: boolean;
}

/** An action as commander calls it: the command's arguments, its options, then the command itself. */
export type CommandAction = (...args: unknown[]) => Promise<void>;

const exitCodes = new WeakMap<Command, number>();

/** The exit code the last action of `program` recorded (0 when none ran or it succeeded). */
export function exitCodeOf(program: Command): number {
  return exitCodes.get(program) ?? 0;
}

export function defineAction<Needs extends ActionNeeds, Args extends unknown[]>(
  options: { needs: Needs; ownSignals?: boolean },
  handler: (context: ContextFor<Needs>, ...args: Args) => Promise<number | void> | number | void,
): CommandAction {
  return async (...args) => {
    const command = args.at(-1) as Command;
    const globals = command.optsWithGlobals<GlobalOptions>();
    const output = createOutput(Boolean(globals.json));
    const { needs } = options;
    let runtime: Runtime | undefined;
    let code: number;
    try {
      const loadNeededConfig = () => loadConfig(findConfigFile(globals.config));
      const run = async (signal: AbortSignal): Promise<number> => {
        let context: CommandContext | Context | OptionalConfigContext | RuntimeContext = { output, signal };
        if (needs === "config-if-present") {
          context = { output, signal, config: globals.config || existsSync(defaultConfigName) ? loadNeededConfig() : undefined };
        } else if (needs === "config") {
          context = { output, signal, config: loadNeededConfig() };
        } else if (needs !== "files") {
          const config = loadNeededConfig();
          runtime = await openRuntime(config, { needs, log: output.log });
          context = { output, signal, config, runtime };
        }
        // `needs` decided which of the four contexts was built; ContextFor<Needs> names the same one.
        return (await handler(context as ContextFor<Needs>, ...(args.slice(0, -1) as Args))) ?? 0;
      };
      code = options.ownSignals ? await run(new AbortController().signal) : await interruptible(run);
    } catch (error) {
      const failed = output.fail(error);
      code = isInterruption(error) ? interruptedExitCode : failed;
    } finally {
      if (runtime) await runtime.close();
    }
    let root = command;
    while (root.parent) root = root.parent;
    exitCodes.set(root, code);
  };
}
