// What a command handler is given. `defineAction({ needs })` builds it: the kind of context follows from `needs`,
// so a handler that uses the runtime can only be defined for a command that opens one.
import type { TandemConfig } from "../config/load-config";
import type { Runtime, RuntimeNeeds } from "../runtime/runtime";
import type { Output } from "./output";

/** Every command's context: where it writes, and a signal that Ctrl-C aborts (its reason is the ABORTED error). */
export interface CommandContext {
  output: Output;
  signal: AbortSignal;
}

/** A command that reads the config file (`--config`, else ./tandem.config.yaml). */
export interface Context extends CommandContext {
  config: TandemConfig;
}

/** A command that reads the config file when there is one (`tandem tune`: else the environment and ./.tandem). */
export interface OptionalConfigContext extends CommandContext {
  config: TandemConfig | undefined;
}

/** A command whose runtime (models, Chroma, router) is opened before the handler runs and closed after it. */
export interface RuntimeContext extends Context {
  runtime: Runtime;
}

/** The runtimes a command can ask for (`serve` opens its own, after checking that its bind is safe). */
export type CommandRuntimeNeeds = Exclude<RuntimeNeeds, "serve">;

/**
 * What a command needs before its handler runs:
 * - `"files"`: nothing but its arguments (the `data` commands and `config schema` work on files alone);
 * - `"config"`: the config file;
 * - `"config-if-present"`: the config file when there is one;
 * - a runtime need (`"ingest"`, `"search"`, `"route"`, `"ask"`): the config file and a runtime opened for that.
 */
export type ActionNeeds = "files" | "config" | "config-if-present" | CommandRuntimeNeeds;

/** The context a handler gets for what it needs. */
export type ContextFor<Needs extends ActionNeeds> = Needs extends "files"
  ? CommandContext
  : Needs extends "config"
    ? Context
    : Needs extends "config-if-present"
      ? OptionalConfigContext
      : RuntimeContext;
