import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Answer, Chunk, ConversationTurn, ModelInfo, Route, RouteDecision, SearchHit } from "@tandem/core";
import type { BothStrategy, CircuitStatus, ConversationMessage, DispatchEvent, DoneEvent } from "@tandem/router";
import { TandemError } from "@tandem/core";
import type { ChromaHealth, ChromaRole, IndexStatus, IngestProgress, IngestSummary, SearchMode, SearchSettings, SourceEntry, WhereFilter } from "@tandem/retrieval";
import type { RouteFeatures } from "@tandem/router";
import type { TandemConfig } from "../config/load-config";
import type { SourceView } from "./source-view";

export type RuntimeNeeds = "ingest" | "search" | "route" | "ask" | "serve";

export type { IngestProgress, IngestSummary } from "@tandem/retrieval";
export type { SourceView } from "./source-view";

export interface RuntimeDescription {
  models: ModelInfo;
  /** Plain sentence naming the models; says so when they are the offline stand-ins. */
  modelsText: string;
  rag: boolean;
  tuned: boolean;
  chroma?: { url: string; managed: boolean; role: ChromaRole };
  /** Version (hash) of the router config in use: every decision records it. Changes when the config reloads. */
  routerConfigVersion: string;
  /** How "both" decisions are executed. */
  both: BothStrategy;
  /** The circuit breaker of each target. */
  circuits: Record<Route, CircuitStatus>;
}

/** A decision, and for a conversation the turn it was made on (the follow-up and its standalone form). */
export type RoutedDecision = RouteDecision & { conversation?: ConversationTurn };

/** How current the served index is (a server's), and which index version the router is calibrated on. */
export type RuntimeIndexStatus = IndexStatus & { calibratedVersion?: number };

export interface AskOptions {
  route?: Route;
  metadata?: Record<string, string>;
  signal?: AbortSignal;
  /** Earlier turns of the conversation, oldest first. */
  history?: ConversationMessage[];
  /** false: only the chosen target runs, no fallback (for labelling outcomes). Default: router.fallback.enabled. */
  fallback?: boolean;
}

/** What `askStream` yields: route, (fallback), deltas, then the answer with the models that made it. */
export type AskEvent = Exclude<DispatchEvent, DoneEvent> | (DoneEvent & { models: ModelInfo });

/** What a config reload did. */
export interface ReloadResult {
  previousVersion: string;
  configVersion: string;
  /** Sections that changed but need a restart to apply (everything but `router`). */
  restartNeeded: string[];
}

/** Everything a command needs, wired from the config. */
export interface Runtime {
  describe(): RuntimeDescription;
  ingest(
    sources: readonly SourceEntry[],
    options: { prune: boolean; verify?: boolean; onProgress?: (progress: IngestProgress) => void },
  ): Promise<IngestSummary>;
  /**
   * The default search (or one side alone with `mode`), optionally filtered with Chroma's `where` grammar; `settings`
   * override rag.hybrid for this search (e.g. `{ hop: false }`).
   */
  search(query: string, k: number, options?: { mode?: SearchMode; where?: WhereFilter } & SearchSettings): Promise<SearchHit[]>;
  /** Sources the index holds chunks of. */
  indexedSources(): string[];
  /** The document a chunk belongs to, rebuilt from the index, with the quote's place in it (undefined: no such chunk). */
  source(chunkId: string, quote?: string): Promise<SourceView | undefined>;
  /** The decision alone; with `history`, on the conversation (the follow-up condensed first, see `conversation`). */
  route(query: string, options?: { metadata?: Record<string, string>; history?: ConversationMessage[] }): Promise<RoutedDecision>;
  /** The router's signal values for a query (for fitting). */
  features(query: string): Promise<RouteFeatures>;
  ask(query: string, options?: AskOptions): Promise<Answer>;
  /** A page of the indexed chunks, in storage order (dataset builders read the index through it). */
  listChunks(options: { limit: number; offset?: number }): Promise<Chunk[]>;
  /** The reader chat model (a real model when configured, else the offline extractive reader). */
  readerModel(): BaseChatModel;
  /** The answer as events: the decision first, then text deltas carrying the route, then the answer. */
  askStream(query: string, options?: AskOptions): AsyncIterable<AskEvent>;
  /** The Chroma supervisor's view (absent without rag). */
  chromaHealth(): ChromaHealth | undefined;
  /** The served index's version and lag behind Chroma (a server's; absent for one-shot commands and without rag). */
  indexStatus(): RuntimeIndexStatus | undefined;
  /** Applies a changed config: the router section to new requests; other sections are reported as needing a restart. */
  reload(config: TandemConfig): ReloadResult;
  close(): Promise<void>;
}

export interface OpenRuntimeOptions {
  needs: RuntimeNeeds;
  log: (message: string) => void;
  environment?: NodeJS.ProcessEnv;
}

/**
 * The error for anything that needs the documents side on a deployment without one (a tuned-only config):
 * NOT_CONFIGURED (HTTP 404, exit 1 with no stack), naming the config file, the `rag` key and what to add.
 */
export function ragNotConfigured(file: string, action: string): TandemError {
  return new TandemError({
    code: "NOT_CONFIGURED",
    file,
    path: "rag",
    message: `\`${action}\` needs a \`rag\` section in the config (this deployment has no documents)`,
    hint: "add rag.sources: [./path/to/documents]",
  });
}
