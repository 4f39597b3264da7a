import type { Command } from "commander";
import { createOutput, type Output } from "../output";

/**
 * Action wrapper for the `data` commands, which work on files alone: unlike the other commands they load no
 * config file. The handler gets the output (stdout JSON / human, stderr logs) and the command's arguments.
 */
export function dataAction<Args extends unknown[]>(setExitCode: (code: number) => void, handler: (output: Output, ...args: Args) => Promise<number | void>) {
  return async (...args: unknown[]) => {
    const command = args.at(-1) as Command;
    const output = createOutput(Boolean(command.optsWithGlobals<{ json?: boolean }>().json));
    try {
      setExitCode((await handler(output, ...(args.slice(0, -1) as Args))) ?? 0);
    } catch (error) {
      setExitCode(output.fail(error));
    }
  };
}
