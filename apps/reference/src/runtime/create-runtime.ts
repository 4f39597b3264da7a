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
  IndexFollower,
  ingest,
  type IngestLeaseOptions,
  LexicalIndex,
  migrateLocalRecordsHoldingLease,
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
import { type AskEvent, type AskOptions, type IngestSummary, type OpenRuntimeOptions, ragNotConfigured, type Runtime, type RuntimeDescription, type RuntimeIndexStatus } from "./runtime";
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
  /** Keeps a server's lexical index current with Chroma (serve only; one-shot commands sync once at open). */
  let follower: IndexFollower | undefined;
  /** Called when the index this process serves changed version (the router is calibrated again for it). */
  let indexChanged = () => {};
  const ragConfig = config.rag;
  const leaseOptions = (): IngestLeaseOptions => {
    // The first wait is reported at once, then at most every 5 s.
    let lastLine = Number.NEGATIVE_INFINITY;
    return {
      ttlMs: config.chroma.lease.ttlMs,
      waitMs: config.chroma.lease.waitMs,
      onWait: (wait) => {
        if (performance.now() - lastLine < 5000) return;
        lastLine = performance.now();
        options.log(`waiting for the ingest lease: ${wait.holder} holds it since ${wait.since} (last heartbeat seen ${(wait.silentMs / 1000).toFixed(0)} s ago; waited ${(wait.waitedMs / 1000).toFixed(0)} of ${(config.chroma.lease.waitMs / 1000).toFixed(0)} s)`);
      },
    };
  };
  const runIngest = async (sources: readonly SourceEntry[], ingestOptions: Parameters<Runtime["ingest"]>[1]): Promise<IngestSummary> => {
    if (!ragConfig || !store) throw ragNotConfigured(config.file, "ingest");
    const before = lexical?.version;
    const run = () =>
      ingest({
        sources: configuredSources(sources, ragConfig.sources),
        baseDir: config.directory,
        // Records of earlier versions kept there are moved into Chroma on the first run.
        stateDir: config.stateDir,
        store: store as ChromaStore,
        embeddings: models.embeddings,
        chunking: { chunkSize: ragConfig.chunkSize, chunkOverlap: ragConfig.chunkOverlap },
        metadata: ragConfig.metadata,
        prune: ingestOptions.prune,
        verify: Boolean(ingestOptions.verify),
        lease: leaseOptions(),
        ...(lexical ? { lexical } : {}),
        ...(ingestOptions.onProgress ? { onProgress: ingestOptions.onProgress } : {}),
      });
    const summary = follower ? await follower.ingesting(run) : await run();
    if (lexical && lexical.version !== before) indexChanged();
    return summary;
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
      // Records an earlier version kept in .tandem/ move into Chroma (an ingest does it too, holding its lease).
      if (options.needs !== "ingest") {
        const moved = await migrateLocalRecordsHoldingLease(store, config.stateDir, leaseOptions());
        if (moved === undefined) options.log("the local ingestion records of an earlier version are moved into Chroma by the next ingest (another ingest holds the lease now)");
        else if (moved > 0) options.log(`moved the ingestion records of ${moved} source(s) from .tandem/ into Chroma`);
      }
      // The BM25 side: a cache in .tandem/ of what Chroma holds, synced by the index version; ingestion updates it in place.
      const opened = await LexicalIndex.open({ cacheDir: config.stateDir, store });
      lexical = opened.index;
      if (opened.sync.mode !== "loaded" && opened.sync.mode !== "current" && opened.index.size > 0 && options.needs !== "serve") {
        options.log(`lexical index ${opened.sync.mode}${opened.sync.sources.length ? ` (${opened.sync.sources.length} source(s))` : ""} in ${opened.sync.ms.toFixed(0)} ms`);
      }
      if (options.needs === "serve") {
        follower = new IndexFollower(lexical, {
          intervalMs: config.chroma.refreshMs,
          stalenessMs: config.chroma.stalenessMs,
          onChange: () => indexChanged(),
        });
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
  // before they start answering. It is keyed by the index version this process serves (epoch and version, from
  // Chroma) and the training file, and computed from those alone, so every replica serving the same version computes
  // the same calibration (the cache in .tandem/ only saves recomputing it).
  const trainingHash = config.tuned ? createHash("sha256").update(readFileSync(config.tuned.trainingData)).digest("hex") : "";
  const indexKey = () => `${lexical?.epoch ?? ""}:${lexical?.version ?? 0}`;
  let calibrating: { index: string; promise: Promise<RouterCalibration | undefined> } | undefined;
  let calibratedIndex: string | undefined;
  const superseded = new Error("the index changed during the calibration");
  const calibration = (): Promise<RouterCalibration | undefined> => {
    const index = indexKey();
    if (calibrating?.index === index) return calibrating.promise;
    const promise = (async (): Promise<RouterCalibration | undefined> => {
      if (prompts.length === 0 || !store || !probe) return undefined;
      const sampleStore = store;
      const key = calibrationKey([trainingHash, models.embeddings.id, sampleStore.name, index, config.tuned?.cutoff ?? "no-cutoff"]);
      try {
        return await cachedCalibration(join(config.stateDir, "router-calibration.json"), key, async () => {
          options.log(`calibrating the router from the training data and the index (version ${lexical?.version ?? 0}; cached in .tandem/)…`);
          const chunks: Chunk[] = [];
          for (let offset = 0; ; offset += 2000) {
            const page = await sampleStore.list({ limit: 2000, offset });
            chunks.push(...page);
            if (page.length < 2000) break;
          }
          const computed = await calibrateRouter({ trainingPrompts: prompts, ...corpusSample(chunks), evidence: probe, ...(config.tuned?.cutoff ? { cutoff: config.tuned.cutoff } : {}) });
          // Computed on one index version from start to end, or not kept (the index moved meanwhile).
          if (indexKey() !== index) throw superseded;
          return computed;
        });
      } catch (error) {
        if (error === superseded) return calibration();
        throw error;
      }
    })();
    calibrating = { index, promise };
    // A failed calibration (Chroma down, say) is tried again by the next decision, not remembered.
    promise.then(
      () => {
        if (indexKey() === index) calibratedIndex = index;
      },
      () => {
        if (calibrating?.promise === promise) calibrating = undefined;
      },
    );
    return promise;
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
  // A new index version (another machine's ingest, or this process's): calibrate for it in the background and swap
  // the router in once done; decisions meanwhile use the previous calibration.
  indexChanged = () => {
    if (prompts.length === 0 || !probe) return;
    const index = indexKey();
    calibration().then(
      (found) => {
        if (indexKey() === index && found) router = createConfiguredRouter(current.router, found);
      },
      (error: unknown) => options.log(`the router could not be calibrated for index version ${index}: ${(error as Error).message}`),
    );
  };
  follower?.start();
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
      return lexical?.sources() ?? [];
    },
    async source(chunkId, quote) {
      const held = lexical?.get(chunkId);
      const cited = held ? { id: held.id, text: held.text, metadata: held.metadata as Chunk["metadata"] } : (await store?.get([chunkId]))?.[0];
      if (!cited) return undefined;
      return sourceView(cited, lexical?.chunksOf(cited.metadata.source) ?? [], quote);
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
    indexStatus(): RuntimeIndexStatus | undefined {
      if (!follower) return undefined;
      const [, version] = (calibratedIndex ?? ":").split(":");
      return { ...follower.status(), ...(calibratedIndex ? { calibratedVersion: Number(version) } : {}) };
    },
    async close() {
      await follower?.stop();
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
