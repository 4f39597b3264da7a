import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Answer, Chunk, ModelInfo, Route, RouteDecision, SearchHit } from "@tandem/core";
import { TandemError } from "@tandem/core";
import type { IngestProgress, IngestSummary, SearchMode, SourceEntry, WhereFilter } from "@tandem/retrieval";
import type { RouteFeatures } from "@tandem/router";
import type { TandemConfig } from "../config/load-config";

export type RuntimeNeeds = "ingest" | "search" | "route" | "ask" | "serve";

export type { IngestProgress, IngestSummary } from "@tandem/retrieval";

export interface RuntimeDescription {
  models: ModelInfo;
  /** Plain sentence naming the models; says so when they are the offline stand-ins. */
  modelsText: string;
  rag: boolean;
  tuned: boolean;
  chroma?: { url: string; managed: boolean };
  routerConfigVersion: string;
}

export interface AskOptions {
  route?: Route;
  metadata?: Record<string, string>;
  signal?: AbortSignal;
}

/** Everything a command needs, wired from the config. */
export interface Runtime {
  describe(): RuntimeDescription;
  ingest(
    sources: readonly SourceEntry[],
    options: { prune: boolean; verify?: boolean; onProgress?: (progress: IngestProgress) => void },
  ): Promise<IngestSummary>;
  /** Hybrid search (or one side alone with `mode`), optionally filtered with Chroma's `where` grammar. */
  search(query: string, k: number, options?: { mode?: SearchMode; where?: WhereFilter }): Promise<SearchHit[]>;
  /** Sources the index holds chunks of. */
  indexedSources(): string[];
  route(query: string, metadata?: Record<string, string>): Promise<RouteDecision>;
  /** The router's signal values for a query (for fitting). */
  features(query: string): Promise<RouteFeatures>;
  ask(query: string, options?: AskOptions): Promise<Answer>;
  /** A page of the indexed chunks, in storage order (dataset builders read the index through it). */
  listChunks(options: { limit: number; offset?: number }): Promise<Chunk[]>;
  /** The reader chat model (a real model when configured, else the offline extractive reader). */
  readerModel(): BaseChatModel;
  close(): Promise<void>;
}

export interface OpenRuntimeOptions {
  needs: RuntimeNeeds;
  log: (message: string) => void;
  environment?: NodeJS.ProcessEnv;
}

export async function openRuntime(config: TandemConfig, options: OpenRuntimeOptions): Promise<Runtime> {
  const { createRuntime } = await import("./create-runtime");
  if ((options.needs === "ingest" || options.needs === "search") && !config.rag) {
    throw new TandemError({
      code: "NOT_CONFIGURED",
      file: config.file,
      path: "rag",
      message: `\`${options.needs}\` needs a \`rag\` section in the config`,
      hint: "add rag.sources: [./path/to/documents]",
    });
  }
  return createRuntime(config, options);
}
