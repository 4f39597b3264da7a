import type { Execution } from "@tandem/core";
import type { BothConfig } from "../../config/execution-config";
import type { DispatchRun, Served } from "../dispatch-run";
import type { TargetInput, TargetSource } from "../target";

/** What a "both" strategy works with. */
export interface StrategyContext {
  run: DispatchRun;
  input: TargetInput;
  settings: BothConfig;
  /** Retrieved passages for the query (cascade's support check), when the deployment can retrieve. */
  retrieve?: (query: string, signal?: AbortSignal) => Promise<TargetSource[]>;
}

/** A strategy's result: what served, and how it was chosen. */
export type StrategyOutcome = Served & { execution: Execution };
