import { fnv1a32 } from "@tandem/core";
import type { ProviderProfile, ProviderProfileInput } from "../profiles/provider-profile";
import { contextLimitFor, notesFor, resolveProfile } from "../profiles/resolve-profile";
import { type DatasetEntry, type DatasetFormat, isPreferenceFormat } from "../readers/dataset-format";
import { ExampleTokenCounter, type ExampleTokens } from "../tokens/count-example-tokens";
import { trainingPrice, trainingPriceTable } from "../tokens/price-table";
import { TokenTally } from "../tokens/token-tally";
import { encodingForModel, loadTokenizer } from "../tokens/tokenizer";
import { checkChatExample } from "./checks/chat-example-checks";
import { checkPreferenceExample } from "./checks/preference-checks";
import { ToolDefinitionChecks } from "./checks/tool-definition-checks";
import { ToolSchemas } from "./checks/tool-schemas";
import { ExampleContext, isObject } from "./example-context";
import type { Finding } from "./finding";
import { FindingCollector } from "./finding-collector";
import { datasetFindings } from "./dataset-findings";
import type { ValidationReport } from "./validation-report";
import type { DatasetLayout } from "../readers/read-dataset";

export interface ValidatorOptions {
  /** Provider profile: `openai` | `fireworks` | `together` | `generic`, a path to a profile JSON, or an object. Default `openai`. */
  profile?: string | ProviderProfileInput;
  /** Model to fine-tune: picks the encoding (K02), the context limit (K01) and the price. Default: the profile's. */
  model?: string;
  /** Training context per example in tokens, overriding the profile's value for the model. */
  contextLimit?: number;
  /** USD per 1M training tokens, overriding the built-in price table (K05). */
  price?: number;
  /** Epochs for the cost estimate. Default: the cookbook's heuristic from the example count. */
  epochs?: number;
  /** Findings kept per rule in the report (all are counted). Default 1000. */
  maxFindingsPerRule?: number;
  /** Count a repeated system prompt or tool-definition text once and reuse the (exact) count. Default true. */
  reuseRepeatedText?: boolean;
}

/** The outcome of checking one entry. */
export interface EntryResult {
  /** Every finding of the entry (reading problems and rule findings), pointers into the record as written. */
  findings: Finding[];
  /** Token counts, when the entry is an example. */
  tokens?: ExampleTokens;
  /** True when none of the findings is an error. */
  ok: boolean;
}

/** Checks entries one by one (`check`) and summarises the file (`finish`). Use it to validate while you transform. */
export interface Validator {
  readonly profile: ProviderProfile;
  readonly model: string;
  check(entry: DatasetEntry): EntryResult;
  finish(file: { file: string; bytes: number; layout: DatasetLayout; format?: DatasetFormat }): ValidationReport;
}

/** A validator for a profile and model (loads the model's tokenizer once). */
export async function createValidator(options: ValidatorOptions = {}): Promise<Validator> {
  const profile = resolveProfile(options.profile);
  const model = options.model ?? profile.defaultModel;
  const { encoding, known } = encodingForModel(model);
  const counter = new ExampleTokenCounter(await loadTokenizer(encoding), { reuseRepeatedText: options.reuseRepeatedText ?? true });
  const contextLimit = options.contextLimit ?? contextLimitFor(profile, model);
  const schemas = new ToolSchemas();
  const definitions = new ToolDefinitionChecks(schemas);
  const collector = new FindingCollector(profile, options.maxFindingsPerRule ?? 1000);
  const tally = new TokenTally(contextLimit);
  const toolVariety = new Map<string, Set<number>>();
  let records = 0;
  let examples = 0;
  let examplesWithErrors = 0;
  let examplesWithImages = 0;
  let lastFormat: DatasetFormat | undefined;

  const check = (entry: DatasetEntry): EntryResult => {
    records += 1;
    lastFormat = entry.format;
    const findings: Finding[] = [];
    let ok = true;
    const keep = (finding: Finding) => {
      const recorded = collector.add(finding);
      if (!recorded) return;
      findings.push(recorded);
      if (recorded.severity === "error") ok = false;
    };
    for (const problem of entry.problems) keep(problem);
    const value = entry.value as unknown;
    if (!isObject(value)) return { findings, ok };
    examples += 1;
    const context = new ExampleContext(entry.line, profile, schemas);
    let tokens: ExampleTokens;
    let messageCount: number;
    let images = 0;
    if (isPreferenceFormat(entry.format)) {
      const pair = checkPreferenceExample(value, context, definitions);
      if (pair) tally.addPair(pair.preferredLength, pair.nonPreferredLength);
      tokens = counter.preference(value);
      messageCount = Array.isArray((value.input as { messages?: unknown } | undefined)?.messages) ? ((value.input as { messages: unknown[] }).messages.length + 1) : 0;
    } else {
      const summary = checkChatExample(value, context, definitions);
      images = summary?.images ?? 0;
      tokens = counter.chat(value);
      messageCount = Array.isArray(value.messages) ? value.messages.length : 0;
      noteToolDefinitions(value.tools, toolVariety);
    }
    if (images > 0) examplesWithImages += 1;
    if (tally.add(tokens, messageCount)) {
      const preference = isPreferenceFormat(entry.format);
      context.report(
        preference ? "P07" : "K01",
        "",
        `${tokens.fit.toLocaleString("en-US")} tokens${preference ? " (input + the longer output)" : ""}, over the ${contextLimit.toLocaleString("en-US")}-token training context of ${model}; the end (the answer) would be truncated`,
        { hint: "fix options: drop the example; split it at assistant turns (earlier turns get weight 0); trim the oldest turns or the RAG context" },
      );
    }
    const toSource = entry.sourcePointer;
    for (const finding of context.findings) keep(toSource && finding.pointer !== undefined ? { ...finding, pointer: toSource(finding.pointer) } : finding);
    if (!ok) examplesWithErrors += 1;
    return { findings, tokens, ok };
  };

  const finish: Validator["finish"] = (file) => {
    const price = options.price ?? trainingPrice(model);
    const tokens = tally.report({
      model,
      encoding,
      encodingAssumed: !known,
      ...(options.epochs === undefined ? {} : { epochs: options.epochs }),
      ...(price === undefined
        ? {}
        : {
            price: {
              perMillion: price,
              source: options.price === undefined ? ("table" as const) : ("option" as const),
              note:
                options.price === undefined
                  ? `built-in price table, prices as of ${trainingPriceTable.asOf}: a configurable default, not a live price — override with --price`
                  : "price given with --price",
            },
          }),
    });
    const format = file.format ?? lastFormat ?? "openai-chat";
    for (const finding of datasetFindings({ profile, file: file.file, bytes: file.bytes, format, examples, examplesWithImages, tokens, toolVariety })) collector.add(finding);
    return {
      file: file.file,
      profile: profile.name,
      format,
      layout: file.layout,
      bytes: file.bytes,
      records,
      examples,
      examplesWithErrors,
      valid: collector.counts.error === 0,
      counts: { ...collector.counts },
      rules: structuredClone(collector.rules),
      findings: collector.findings(),
      omittedFindings: collector.omitted,
      tokens,
      notes: notesFor(profile, model),
    };
  };
  return { profile, model, check, finish };
}

/** Records each tool name's distinct definitions (T07), bounded. */
function noteToolDefinitions(tools: unknown, variety: Map<string, Set<number>>): void {
  if (!Array.isArray(tools)) return;
  for (const tool of tools) {
    const definition = (tool as { function?: { name?: unknown } } | null)?.function;
    if (!definition || typeof definition.name !== "string") continue;
    let seen = variety.get(definition.name);
    if (!seen) {
      if (variety.size >= 1000) continue;
      seen = new Set();
      variety.set(definition.name, seen);
    }
    if (seen.size < 100) seen.add(fnv1a32(JSON.stringify(definition)));
  }
}
