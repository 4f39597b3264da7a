import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Answer, type Chunk, type Route, TandemError } from "@tandem/core";
import { examplePrompt, type LoadedChatExamples, loadChatExamples } from "@tandem/finetune";
import { createChatModel, createModels, describeModels, type ModelSet } from "@tandem/models";
import {
  ChromaStore,
  configuredSources,
  type ChromaConnection,
  createHybridRetriever,
  createRagChain,
  type HybridRetriever,
  hybridRetrieverOptions,
  ensureChroma,
  ingest,
  IngestionRecords,
  LexicalIndex,
  type Retriever,
  type SourceEntry,
} from "@tandem/retrieval";
import {
  calibrateRouter,
  createDispatcher,
  createLlmClassifier,
  createLlmCondenser,
  createRouter,
  type DispatchInput,
  corpusSample,
  instructionOf,
  type RouteClassifier,
  type EvidenceProbe,
  type Router,
  type RouterCalibration,
  type Target,
} from "@tandem/router";
import type { TandemConfig } from "../config/load-config";
import { cachedCalibration, calibrationKey } from "./calibration-cache";
import { configChanges } from "./config-changes";
import { type AskEvent, type AskOptions, type IngestSummary, type OpenRuntimeOptions, ragNotConfigured, type Runtime, type RuntimeDescription } from "./runtime";
import { sourceView } from "./source-view";
import { ragTarget, tunedTarget } from "./targets";

/** Wires config → models, Chroma, RAG chain, tuned model, router and dispatcher. */
export async function createRuntime(config: TandemConfig, options: OpenRuntimeOptions): Promise<Runtime> {
  const env = options.environment ?? process.env;
  const training: LoadedChatExamples | undefined = config.tuned ? loadChatExamples(config.tuned.trainingData) : undefined;
  const models = await createModels(config.models, { ...(training ? { trainingExamples: training.examples } : {}), env });
  const modelsText = describeModels(models.info);
  // Checked before anything starts: an enabled classifier needs a real chat model.
  // The LLM tie-breaker: on when configured, or by default ("auto") whenever the models are real ones.
  const tieBreaker = config.router.classifier.enabled === true || (config.router.classifier.enabled === "auto" && models.info.provider !== "local");
  const classifier = tieBreaker ? await routeClassifier(config, models, training ? training.examples.map(examplePrompt) : [], env) : undefined;
  if (models.info.offline && options.needs !== "serve") options.log(`note: ${modelsText}`);

  let chroma: ChromaConnection | undefined;
  let store: ChromaStore | undefined;
  let retriever: Retriever | undefined;
  let hybrid: HybridRetriever | undefined;
  let lexical: LexicalIndex | undefined;
  const ragConfig = config.rag;
  const runIngest = async (sources: readonly SourceEntry[], ingestOptions: Parameters<Runtime["ingest"]>[1]): Promise<IngestSummary> => {
    if (!ragConfig || !store) throw ragNotConfigured(config.file, "ingest");
    return ingest({
      sources: configuredSources(sources, ragConfig.sources),
      baseDir: config.directory,
      stateDir: config.stateDir,
      store,
      embeddings: models.embeddings,
      chunking: { chunkSize: ragConfig.chunkSize, chunkOverlap: ragConfig.chunkOverlap },
      metadata: ragConfig.metadata,
      prune: ingestOptions.prune,
      verify: Boolean(ingestOptions.verify),
      ...(lexical ? { lexical } : {}),
      ...(ingestOptions.onProgress ? { onProgress: ingestOptions.onProgress } : {}),
    });
  };

  // Check every configured source exists before anything is started or written.
  ragConfig?.sources.forEach((entry, index) => {
    const source = typeof entry === "string" ? entry : entry.path;
    if (!existsSync(source)) {
      throw new TandemError({
        code: "SOURCE_NOT_FOUND",
        file: config.file,
        path: typeof entry === "string" ? `rag.sources[${index}]` : `rag.sources[${index}].path`,
        message: `source not found: ${source}`,
        hint: "fix the path in the config (relative paths resolve from the config file's directory)",
      });
    }
  });

  try {
    if (ragConfig) {
      chroma = await ensureChroma({ ...(config.chroma.url ? { chromaUrl: config.chroma.url } : {}), dataDir: join(config.stateDir, "chroma"), log: options.log });
      store = await ChromaStore.open({ client: chroma.client, baseName: ragConfig.collection, embedderId: models.embeddings.id, repair: chroma.repair, url: chroma.url, health: chroma });
      // The BM25 side persists in .tandem/ beside the records; ingestion updates it in place.
      const opened = await LexicalIndex.open({ stateDir: config.stateDir, store, records: IngestionRecords.open(config.stateDir, store.name) });
      lexical = opened.index;
      if (opened.sync.mode !== "loaded" && opened.index.size > 0 && options.needs !== "serve") {
        options.log(`lexical index ${opened.sync.mode}${opened.sync.sources.length ? ` (${opened.sync.sources.length} source(s))` : ""} in ${opened.sync.ms.toFixed(0)} ms`);
      }
      if (options.needs !== "ingest" && (await store.count()) === 0) {
        options.log("the index is empty: ingesting rag.sources first…");
        const summary = await runIngest(ragConfig.sources, { prune: false });
        options.log(`ingested ${summary.added} source(s) into ${summary.chunks.total} chunks${summary.failed.length ? `, ${summary.failed.length} failed` : ""}`);
      }
      // The lexical ranking and the dense side as rag.hybrid says (guarded lexical-first fusion by default).
      hybrid = options.needs === "ingest" ? undefined : await createHybridRetriever({ store, embeddings: models.embeddings, lexical, ...hybridRetrieverOptions(ragConfig.hybrid) });
      retriever = hybrid;
    }
  } catch (error) {
    await chroma?.stop();
    throw error;
  }

  const systemPrompt = config.tuned?.systemPrompt ?? training?.systemPrompt;
  const targets: Partial<Record<Route, Target>> = {};
  if (models.tuned) targets.tuned = tunedTarget(models.tuned, systemPrompt);
  if (retriever && ragConfig) {
    targets.rag = ragTarget(createRagChain({ retriever, model: models.reader, k: ragConfig.k }), "tandem_rag");
    if (models.tuned) {
      targets.both = ragTarget(createRagChain({ retriever, model: models.tuned, k: ragConfig.k, ...(systemPrompt ? { system: systemPrompt } : {}) }), "tandem_rag_on_tuned");
    }
  }

  const prompts = training ? training.examples.map(examplePrompt) : [];
  const probe: EvidenceProbe | undefined = retriever
    ? (query, probeOptions) => (retriever as Retriever).search(query, { k: probeOptions.k, ...(probeOptions.signal ? { signal: probeOptions.signal } : {}) })
    : undefined;

  // The router's calibration is computed (or read from its cache) the first time a decision needs it: a command
  // that forces its route (`ask --route rag`) or never routes does not pay for it. `route` and `serve` calibrate
  // before they start answering.
  let calibrating: Promise<RouterCalibration | undefined> | undefined;
  const calibration = (): Promise<RouterCalibration | undefined> => {
    calibrating ??= (async () => {
      if (prompts.length === 0 || !store || !probe) return undefined;
      const sampleStore = store;
      const trainingHash = createHash("sha256").update(readFileSync(config.tuned?.trainingData ?? "")).digest("hex");
      const key = calibrationKey([trainingHash, models.embeddings.id, sampleStore.name, await sampleStore.count(), recordsStamp(config, sampleStore), config.tuned?.cutoff ?? "no-cutoff"]);
      return cachedCalibration(join(config.stateDir, "router-calibration.json"), key, async () => {
        options.log("calibrating the router from the training data and the index (once; cached in .tandem/)…");
        const chunks: Chunk[] = [];
        for (let offset = 0; ; offset += 2000) {
          const page = await sampleStore.list({ limit: 2000, offset });
          chunks.push(...page);
          if (page.length < 2000) break;
        }
        return calibrateRouter({ trainingPrompts: prompts, ...corpusSample(chunks), evidence: probe, ...(config.tuned?.cutoff ? { cutoff: config.tuned.cutoff } : {}) });
      });
    })();
    // A failed calibration (Chroma down, say) is tried again by the next decision, not remembered.
    calibrating.catch(() => {
      calibrating = undefined;
    });
    return calibrating;
  };

  const available = { tuned: targets.tuned !== undefined, rag: targets.rag !== undefined };
  const createConfiguredRouter = (routerConfig: TandemConfig["router"], calibrated: RouterCalibration | undefined): Router =>
    createRouter({
      config: routerConfig,
      trainingPrompts: prompts,
      ...(probe ? { evidence: probe } : {}),
      ...(calibrated ? { calibration: calibrated } : {}),
      available,
      ...(config.tuned?.cutoff ? { cutoff: config.tuned.cutoff } : {}),
      ...(routerConfig.exemplars ? { embed: (texts: string[]) => models.embeddings.embedDocuments(texts) } : {}),
      ...(classifier ? { classifier } : {}),
    });
  /** A router whose settings are known at once and whose calibrated policy is built on its first decision. */
  const buildRouter = (routerConfig: TandemConfig["router"]): Router => {
    const settings = createConfiguredRouter(routerConfig, undefined);
    let calibrated: Promise<Router> | undefined;
    const ready = () => {
      calibrated ??= calibration().then((found) => (found ? createConfiguredRouter(routerConfig, found) : settings));
      calibrated.catch(() => {
        calibrated = undefined;
      });
      return calibrated;
    };
    return {
      config: settings.config,
      configVersion: settings.configVersion,
      decide: async (input) => (await ready()).decide(input),
      features: async (query) => (await ready()).features(query),
    };
  };
  if (options.needs === "route" || options.needs === "serve") await calibration();

  let current = config;
  let router: Router = buildRouter(config.router);
  const dispatcher = createDispatcher({
    router: () => router,
    targets,
    timeoutMs: config.models.timeoutMs,
    ...(probe ? { retrieve: probe } : {}),
    ...(models.info.provider !== "local" ? { condenser: createLlmCondenser(models.reader) } : {}),
  });

  const description = (): RuntimeDescription => ({
    models: models.info,
    modelsText,
    rag: targets.rag !== undefined,
    tuned: targets.tuned !== undefined,
    ...(chroma ? { chroma: { url: chroma.url, managed: chroma.managed, role: chroma.role } } : {}),
    routerConfigVersion: router.configVersion,
    both: router.config.both.strategy,
    circuits: dispatcher.circuits(),
  });
  const dispatchInput = (query: string, askOptions: AskOptions): DispatchInput => ({
    query,
    ...(askOptions.route ? { route: askOptions.route } : {}),
    ...(askOptions.metadata ? { metadata: askOptions.metadata } : {}),
    ...(askOptions.history && askOptions.history.length > 0 ? { history: askOptions.history } : {}),
    ...(askOptions.fallback === undefined ? {} : { fallback: askOptions.fallback }),
  });

  return {
    describe: description,
    async ingest(sources, ingestOptions) {
      return runIngest(sources, ingestOptions);
    },
    async search(query, k, searchOptions = {}) {
      if (!hybrid) throw ragNotConfigured(config.file, "search");
      return hybrid.search(query, { k, ...searchOptions });
    },
    indexedSources() {
      return lexical ? [...new Set([...lexical.bm25.documents()].map((document) => String(document.metadata?.source ?? "")))].sort() : [];
    },
    async source(chunkId, quote) {
      const held = lexical?.bm25.get(chunkId);
      const cited = held ? { id: held.id, text: held.text, metadata: held.metadata as Chunk["metadata"] } : (await store?.get([chunkId]))?.[0];
      if (!cited) return undefined;
      const source = cited.metadata.source;
      const siblings = lexical ? [...lexical.bm25.documents()].filter((document) => document.metadata?.source === source).map((document) => ({ id: document.id, text: document.text, metadata: document.metadata as Chunk["metadata"] })) : [];
      return sourceView(cited, siblings, quote);
    },
    async route(query, routeOptions = {}) {
      const { decision, conversation } = await dispatcher.route({
        query,
        ...(routeOptions.metadata ? { metadata: routeOptions.metadata } : {}),
        ...(routeOptions.history && routeOptions.history.length > 0 ? { history: routeOptions.history } : {}),
      });
      return conversation ? { ...decision, conversation } : decision;
    },
    features: (query) => router.features(query),
    async ask(query, askOptions: AskOptions = {}): Promise<Answer> {
      const { type: _type, ...result } = await dispatcher.invoke(dispatchInput(query, askOptions), askOptions.signal ? { signal: askOptions.signal } : {});
      return { ...result, models: models.info };
    },
    async *askStream(query, askOptions: AskOptions = {}): AsyncGenerator<AskEvent> {
      for await (const event of dispatcher.events(dispatchInput(query, askOptions), askOptions.signal ? { signal: askOptions.signal } : {})) {
        yield event.type === "done" ? { ...event, models: models.info } : event;
      }
    },
    reload(next) {
      const changes = configChanges(current, next);
      const previousVersion = router.configVersion;
      if (changes.router) router = buildRouter(next.router);
      current = { ...current, router: next.router };
      return { previousVersion, configVersion: router.configVersion, restartNeeded: changes.restartNeeded };
    },
    async listChunks(page) {
      if (!store) throw ragNotConfigured(config.file, "listing the indexed chunks");
      return store.list(page);
    },
    readerModel: () => models.reader,
    chromaHealth: () => chroma?.health(),
    async close() {
      await chroma?.stop();
    },
  };
}

/** The optional LLM route classifier (router.classifier): a real chat model with structured output. */
async function routeClassifier(config: TandemConfig, models: ModelSet, prompts: readonly string[], env: NodeJS.ProcessEnv): Promise<RouteClassifier> {
  if (models.info.provider === "local") {
    throw new TandemError({
      code: "CONFIG_INVALID",
      file: config.file,
      path: "router.classifier.enabled",
      message: "the LLM route classifier needs a real chat model, and the models are the offline local ones",
      hint: "set OPENAI_API_KEY or OPENAI_BASE_URL (see models:), or set router.classifier.enabled: false — routing needs no LLM",
    });
  }
  const chosen = config.router.classifier.model;
  const apiKey = env[config.models.apiKeyEnv];
  const baseURL = config.models.baseURL ?? env.OPENAI_BASE_URL;
  const model = chosen
    ? await createChatModel({ model: chosen, configPath: "router.classifier.model", ...(apiKey ? { apiKey } : {}), ...(baseURL ? { baseURL } : {}), timeoutMs: config.models.timeoutMs, maxRetries: config.models.maxRetries })
    : models.reader;
  return createLlmClassifier(model, { tasks: prompts.map(instructionOf) });
}

/** Changes whenever an ingest changed the index (the records file is rewritten on every change). */
function recordsStamp(config: TandemConfig, store: ChromaStore): string {
  try {
    return createHash("sha256").update(readFileSync(join(config.stateDir, `ingest-${store.name}.json`))).digest("hex");
  } catch {
    return "none";
  }
}
