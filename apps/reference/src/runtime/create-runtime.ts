import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { RunnableLambda } from "@langchain/core/runnables";
import { type Answer, type Route, TandemError } from "@tandem/core";
import { examplePrompt, type LoadedChatExamples, loadChatExamples } from "@tandem/finetune";
import { createModels, createOpenAIChatModel, describeModels, messageContent, type ModelSet } from "@tandem/models";
import {
  ChromaStore,
  type ChromaConnection,
  createHybridRetriever,
  createRagChain,
  type HybridRetriever,
  ensureChroma,
  ingest,
  type RagAnswer,
  type Retriever,
} from "@tandem/retrieval";
import {
  calibrateRouter,
  createDispatcher,
  createLlmClassifier,
  instructionOf,
  type RouteClassifier,
  createRouter,
  documentDate,
  type EvidenceProbe,
  type Router,
  type RouterCalibration,
  type Target,
  type TargetOutput,
} from "@tandem/router";
import type { TandemConfig } from "../config/load-config";
import { cachedCalibration, calibrationKey } from "./calibration-cache";
import type { AskOptions, IngestSummary, OpenRuntimeOptions, Runtime, RuntimeDescription } from "./runtime";

function fromRagAnswer(answer: RagAnswer): TargetOutput {
  return { text: answer.text, citations: answer.citations, abstained: answer.abstained, ...(answer.usage ? { usage: answer.usage } : {}) };
}

/** Wires config → models, Chroma, RAG chain, tuned model, router and dispatcher. */
export async function createRuntime(config: TandemConfig, options: OpenRuntimeOptions): Promise<Runtime> {
  const env = options.environment ?? process.env;
  const training: LoadedChatExamples | undefined = config.tuned ? loadChatExamples(config.tuned.trainingData) : undefined;
  const models = createModels(config.models, { ...(training ? { trainingExamples: training.examples } : {}), env });
  const modelsText = describeModels(models.info);
  // Checked before anything starts: an enabled classifier needs a real chat model.
  const classifier = config.router.classifier.enabled ? routeClassifier(config, models, training ? training.examples.map(examplePrompt) : [], env) : undefined;
  if (models.info.offline && options.needs !== "serve") options.log(`note: ${modelsText}`);

  let chroma: ChromaConnection | undefined;
  let store: ChromaStore | undefined;
  let retriever: Retriever | undefined;
  let hybrid: HybridRetriever | undefined;
  const ragConfig = config.rag;
  const runIngest = async (paths: string[], prune: boolean, onProgress?: Parameters<Runtime["ingest"]>[1]["onProgress"]): Promise<IngestSummary> => {
    if (!ragConfig || !store) throw new Error("rag is not configured");
    return ingest({
      paths,
      baseDir: config.directory,
      stateDir: config.stateDir,
      store,
      embeddings: models.embeddings,
      chunking: { chunkSize: ragConfig.chunkSize, chunkOverlap: ragConfig.chunkOverlap },
      prune,
      ...(onProgress ? { onProgress } : {}),
    });
  };

  // Check every configured source exists before anything is started or written.
  ragConfig?.sources.forEach((source, index) => {
    if (!existsSync(source)) {
      throw new TandemError({
        code: "SOURCE_NOT_FOUND",
        file: config.file,
        path: `rag.sources[${index}]`,
        message: `source not found: ${source}`,
        hint: "fix the path in the config (relative paths resolve from the config file's directory)",
      });
    }
  });

  try {
    if (ragConfig) {
      chroma = await ensureChroma({ ...(config.chroma.url ? { chromaUrl: config.chroma.url } : {}), dataDir: join(config.stateDir, "chroma") });
      store = await ChromaStore.open({ client: chroma.client, baseName: ragConfig.collection, embedderId: models.embeddings.id });
      if (options.needs !== "ingest" && (await store.count()) === 0) {
        options.log("the index is empty: ingesting rag.sources first…");
        const summary = await runIngest(ragConfig.sources, false);
        options.log(`ingested ${summary.added} source(s) into ${summary.chunks.total} chunks${summary.failed.length ? `, ${summary.failed.length} failed` : ""}`);
      }
      // Dense + BM25 fused with RRF; the lexical side is rebuilt from the collection after every ingest.
      hybrid = options.needs === "ingest" ? undefined : await createHybridRetriever({ store, embeddings: models.embeddings });
      retriever = hybrid;
    }
  } catch (error) {
    await chroma?.stop();
    throw error;
  }

  const systemPrompt = config.tuned?.systemPrompt ?? training?.systemPrompt;
  const targets: Partial<Record<Route, Target>> = {};
  if (models.tuned) {
    const tuned = models.tuned;
    targets.tuned = RunnableLambda.from(async (input: { query: string }, runConfig): Promise<TargetOutput> => {
      const messages = [...(systemPrompt ? [new SystemMessage(systemPrompt)] : []), new HumanMessage(input.query)];
      const message = await tuned.invoke(messages, runConfig);
      const usage = message.usage_metadata;
      return {
        text: messageContent(message),
        citations: [],
        ...(usage ? { usage: { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens } } : {}),
      };
    });
  }
  if (retriever && ragConfig) {
    const rag = createRagChain({ retriever, model: models.reader, k: ragConfig.k });
    targets.rag = rag.pipe(fromRagAnswer);
    if (models.tuned) {
      const both = createRagChain({ retriever, model: models.tuned, k: ragConfig.k, ...(systemPrompt ? { system: systemPrompt } : {}) });
      targets.both = both.pipe(fromRagAnswer);
    }
  }

  const prompts = training ? training.examples.map(examplePrompt) : [];
  const probe: EvidenceProbe | undefined = retriever
    ? (query, probeOptions) => (retriever as Retriever).search(query, { k: probeOptions.k, ...(probeOptions.signal ? { signal: probeOptions.signal } : {}) })
    : undefined;

  let calibration: RouterCalibration | undefined;
  const needsRouter = options.needs === "route" || options.needs === "ask" || options.needs === "serve";
  if (needsRouter && prompts.length > 0 && store && probe) {
    const trainingHash = createHash("sha256").update(readFileSync(config.tuned?.trainingData ?? "")).digest("hex");
    const key = calibrationKey([trainingHash, models.embeddings.id, store.name, await store.count(), recordsStamp(config, store), config.tuned?.cutoff ?? "no-cutoff"]);
    const sampleStore = store;
    calibration = await cachedCalibration(join(config.stateDir, "router-calibration.json"), key, async () => {
      options.log("calibrating the router from the training data and the index (once; cached in .tandem/)…");
      const chunks = await sampleStore.list({ limit: 2000 });
      // A document's date is read from its first chunk (its "Date:" / "Updated:" line); every chunk carries it.
      const dates = new Map(chunks.filter((chunk) => chunk.metadata.chunkIndex === 0).map((chunk) => [chunk.metadata.source, documentDate(chunk.text)]));
      return calibrateRouter({
        trainingPrompts: prompts,
        corpusTexts: chunks.map((chunk) => chunk.text),
        corpusDates: chunks.map((chunk) => dates.get(chunk.metadata.source)),
        evidence: probe,
        ...(config.tuned?.cutoff ? { cutoff: config.tuned.cutoff } : {}),
      });
    });
  }

  const router: Router = createRouter({
    config: config.router,
    trainingPrompts: prompts,
    ...(probe ? { evidence: probe } : {}),
    ...(calibration ? { calibration } : {}),
    available: { tuned: targets.tuned !== undefined, rag: targets.rag !== undefined },
    ...(config.tuned?.cutoff ? { cutoff: config.tuned.cutoff } : {}),
    ...(config.router.exemplars ? { embed: (texts: string[]) => models.embeddings.embedDocuments(texts) } : {}),
    ...(classifier ? { classifier } : {}),
  });
  const dispatcher = createDispatcher({ router, targets, timeoutMs: config.models.timeoutMs });

  const description: RuntimeDescription = {
    models: models.info,
    modelsText,
    rag: targets.rag !== undefined,
    tuned: targets.tuned !== undefined,
    ...(chroma ? { chroma: { url: chroma.url, managed: chroma.managed } } : {}),
    routerConfigVersion: router.configVersion,
  };

  return {
    describe: () => description,
    async ingest(paths, ingestOptions) {
      const summary = await runIngest(paths, ingestOptions.prune, ingestOptions.onProgress);
      await hybrid?.refresh();
      return summary;
    },
    async search(query, k) {
      if (!retriever) throw new Error("rag is not configured");
      return retriever.search(query, { k });
    },
    route: (query, metadata) => router.decide({ query, ...(metadata ? { metadata } : {}) }),
    features: (query) => router.features(query),
    async ask(query, askOptions: AskOptions = {}): Promise<Answer> {
      const result = await dispatcher.invoke(
        { query, ...(askOptions.route ? { route: askOptions.route } : {}), ...(askOptions.metadata ? { metadata: askOptions.metadata } : {}) },
        askOptions.signal ? { signal: askOptions.signal } : {},
      );
      return { ...result, models: models.info };
    },
    async close() {
      await chroma?.stop();
    },
  };
}

/** The optional LLM route classifier (router.classifier): an OpenAI-compatible chat model with structured output. */
function routeClassifier(config: TandemConfig, models: ModelSet, prompts: readonly string[], env: NodeJS.ProcessEnv): RouteClassifier {
  if (models.info.provider !== "openai") {
    throw new TandemError({
      code: "CONFIG_INVALID",
      file: config.file,
      path: "router.classifier.enabled",
      message: "the LLM route classifier needs an OpenAI-compatible chat model, and the models are the offline local ones",
      hint: "set OPENAI_API_KEY or OPENAI_BASE_URL (see models:), or set router.classifier.enabled: false — routing needs no LLM",
    });
  }
  const chosen = config.router.classifier.model;
  const apiKey = env[config.models.apiKeyEnv];
  const baseURL = config.models.baseURL ?? env.OPENAI_BASE_URL;
  const model = chosen
    ? createOpenAIChatModel({ model: chosen, ...(apiKey ? { apiKey } : {}), ...(baseURL ? { baseURL } : {}), timeoutMs: config.models.timeoutMs, maxRetries: config.models.maxRetries })
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
