import type { Finding, Severity } from "./finding";

/**
 * Where a rule is checked:
 * - `read`: while reading the bytes and the raw JSON text (encoding, JSON shape, duplicate keys, …);
 * - `example`: on one parsed example (chat SFT, tools, DPO);
 * - `dataset`: over the whole file (example count, size, tool-definition variety, pair bias);
 * - `tokens`: token accounting (context limits, encoding, trainable/billed tokens, cost);
 * - `hygiene`: dataset hygiene checked by `data prepare` (dedup, contamination, PII) — registered here so ids
 *   stay stable, not checked by `validateDataset`;
 * - `job`: job parameters, checked when a fine-tuning job is created.
 */
export type RuleStage = "read" | "example" | "dataset" | "tokens" | "hygiene" | "job";

export interface RuleDefinition {
  id: string;
  title: string;
  /** Default severity; a provider profile may override it, and some rules pick a severity per case. */
  severity: Severity;
  stage: RuleStage;
  /** What to do when the rule fires. */
  hint: string;
}

const rule = (id: string, severity: Severity, stage: RuleStage, title: string, hint: string): RuleDefinition => ({ id, severity, stage, title, hint });

/** Every rule with its stable id. Ids follow shared/reference/finetune-validation-rules.md. */
export const ruleRegistry: readonly RuleDefinition[] = [
  rule("F01", "error", "read", "File is UTF-8: no invalid byte sequences or lone surrogates; a BOM is stripped with a warning", "re-encode the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`); remove the BOM; replace lone \\uD800-style escapes"),
  rule("F02", "error", "read", "Every non-empty line is one complete JSON object (not pretty-printed, not truncated)", "write one JSON object per line; re-serialise pretty-printed files with `jq -c . in.json > out.jsonl`"),
  rule("F03", "warn", "read", "No blank lines and no CRLF line endings", "remove blank lines; convert line endings with `dos2unix`"),
  rule("F04", "error", "dataset", "At least the provider's minimum number of examples (OpenAI 10, Fireworks 3, Together 1)", "add examples; OpenAI sees improvements from 50–100 well-crafted examples"),
  rule("F05", "error", "dataset", "File size within the provider's upload limits (OpenAI Files API 512 MB; Uploads API 8 GB in ≤64 MB parts)", "split the file, or upload through the multipart Uploads API"),
  rule("F06", "error", "dataset", "A file the provider accepts: the `.jsonl` extension and a format the profile takes", "convert with `tandem data export --format <provider>`; name the file *.jsonl"),
  rule("F07", "error", "read", "One format per file: chat, prompt/completion and preference rows are not mixed", "split the file by format, or convert every row to one format"),
  rule("F08", "warn", "read", "No duplicate keys in one JSON object (JSON.parse silently keeps the last one)", "remove the duplicate key; check which value was meant"),
  rule("E01", "error", "example", "`messages` exists and is a non-empty array", 'each line must be {"messages": [{"role": ..., "content": ...}, ...]}'),
  rule("E02", "error", "example", "Top-level keys are only messages, tools, parallel_tool_calls and (deprecated) functions", "move extra fields out of the training file (keep metadata in a side file)"),
  rule("E03", "error", "example", "At least one assistant message", "add the assistant answer the model should learn"),
  rule("E04", "error", "example", "At least one assistant message is trainable (weight absent or 1)", "set weight 1 on the assistant turn the model should learn, or drop the example"),
  rule("E05", "warn", "example", "The last message is an assistant message", "drop trailing user/tool turns: they cost tokens and teach nothing"),
  rule("E06", "error", "example", "`system` appears at most once, as the first message", "merge system messages into one first message"),
  rule("E07", "warn", "example", "Turn order: user → assistant → …; tool calls answered by tool messages, then an assistant turn; no two consecutive same-role turns", "merge consecutive same-role messages; answer each tool call with a tool message"),
  rule("E08", "error", "example", "`functions` and `tools` are not both present; `functions`/`function_call` are deprecated", "migrate functions → tools and function_call → tool_calls"),
  rule("E09", "error", "example", "`parallel_tool_calls` is a boolean; when false, each assistant message has at most one tool call", "make parallel_tool_calls true/false; split the calls into separate turns"),
  rule("E10", "error", "example", "Images: at most 10 per example, in user messages only, JPEG/PNG/WEBP, ≤10 MB each; at most 50,000 image examples per file", "move images to user messages, drop extra images, convert to JPEG/PNG/WEBP"),
  rule("M01", "error", "example", "`role` is one the provider accepts (system, user, assistant, tool, function)", "use one of the roles the profile allows"),
  rule("M02", "error", "example", "Only the keys allowed for the message's role", "remove the unknown keys from the message"),
  rule("M03", "error", "example", "`role` and `content` present; content is text (or parts for user messages); empty content only beside tool calls", "give the message text content, or tool_calls for an assistant message"),
  rule("M04", "error", "example", "`weight` only on assistant messages and written as the integer 0 or 1", "write weight as 0 or 1 (not 1.0, not true), on assistant messages only"),
  rule("M05", "warn", "example", "`name` matches ^[a-zA-Z0-9_-]{1,64}$", "use letters, digits, _ and - only, at most 64 characters"),
  rule("M06", "info", "example", "Text containing special-token strings (<|endoftext|>, <|im_start|>, …) is legal data, counted as plain text", "nothing to do unless the markers are leftovers of a chat template"),
  rule("T01", "error", "example", "tools[] items are {type: function, function: {name, description?, parameters}}; unique valid names; parameters a JSON Schema", "fix the tool definition; parameters must compile as a JSON Schema object"),
  rule("T02", "error", "example", "tool_calls[] items are {id, type: function, function: {name, arguments: string}}, arguments parsing to a JSON object", "serialise arguments with JSON.stringify: it must be a string holding a JSON object"),
  rule("T03", "error", "example", "Each called function is declared in `tools`", "declare the function in tools, or fix the name"),
  rule("T04", "warn", "example", "Tool-call arguments validate against the tool's parameters schema", "fix the arguments or the schema so they agree"),
  rule("T05", "error", "example", "Each tool message answers an earlier call id; every call is answered before the next assistant turn; ids unique", "pair each tool message with its call through tool_call_id"),
  rule("T06", "error", "example", "Legacy form: function_call {name, arguments: string} and 1–128 `functions`", "migrate to tools/tool_calls, or fix the legacy fields"),
  rule("T07", "info", "dataset", "The same tool definitions across examples (and at inference)", "use one definition per tool name in training and at inference"),
  rule("K01", "error", "tokens", "Each example fits the model's training context (longer examples are truncated from the end, where the answer is)", "drop the example, split it at assistant turns (weight 0 on earlier ones), or trim the oldest turns / RAG context"),
  rule("K02", "warn", "tokens", "Tokens counted with the model's encoding (o200k_base for gpt-4o/4.1/o-series, cl100k_base for gpt-3.5/gpt-4)", "pass --model with the base model you will fine-tune"),
  rule("K03", "info", "tokens", "Token formula: Σ(3 + role + content [+1 per name]) + 3; tool definitions and calls are serialised, so approximate", "calibrate against trained_tokens / n_epochs of the first job"),
  rule("K04", "info", "tokens", "Trainable tokens (assistant, weight 1) reported apart from billed tokens", "examples whose assistant turns all have weight 0 are billed but teach nothing"),
  rule("K05", "info", "tokens", "Cost ≈ price per 1M training tokens × billed tokens × epochs (cookbook default-epoch heuristic)", "override the price with --price; prices are configurable defaults"),
  rule("Q01", "warn", "hygiene", "Exact duplicates (canonical JSON hash)", "run `tandem data prepare` to deduplicate"),
  rule("Q02", "warn", "hygiene", "Near-duplicates (MinHash-LSH)", "run `tandem data prepare` to deduplicate"),
  rule("Q03", "warn", "hygiene", "Conflicting labels: same prompt, different answers", "review the conflicting examples"),
  rule("Q04", "error", "hygiene", "Train ↔ validation ↔ eval overlap", "run `tandem data prepare` to split without overlap"),
  rule("Q05", "info", "hygiene", "Distribution report (messages per example, lengths, refusal share, system prompt variety)", "see `tandem data prepare`'s report"),
  rule("Q06", "warn", "hygiene", "PII and secrets", "run `tandem data prepare` to mask them"),
  rule("Q07", "info", "hygiene", "Eval hold-out drawn from the training distribution", "split with `tandem data prepare`"),
  rule("P01", "error", "example", "DPO top-level keys are exactly input, preferred_output, non_preferred_output", "rename preferred_completion → preferred_output, non_preferred_completion → non_preferred_output; remove other keys"),
  rule("P02", "error", "example", "DPO `input` is an object with a non-empty messages array (+ optional tools, parallel_tool_calls)", 'write "input": {"messages": [...]}'),
  rule("P03", "error", "example", "DPO input is one turn ([system] + user); its last message is not assistant", "keep only the last user turn in input; move the answer into the outputs"),
  rule("P04", "error", "example", "Each DPO output holds exactly one assistant message with text content and no weight", 'write "preferred_output": [{"role": "assistant", "content": "..."}]'),
  rule("P05", "warn", "example", "Preferred and non-preferred outputs differ", "drop the pair: identical outputs carry no preference signal"),
  rule("P06", "info", "dataset", "Pair-bias report: share of pairs whose preferred output is longer", "balance lengths so the model does not learn 'longer is better'"),
  rule("P07", "error", "tokens", "DPO input + the longer output fit the model's context", "shorten the input or the outputs"),
  rule("P08", "error", "job", "DPO job hyperparameters (beta in (0, 2] or auto, batch size 1–256, n_epochs 1–50)", "fix the job's method.dpo.hyperparameters"),
];

const byId = new Map(ruleRegistry.map((definition) => [definition.id, definition]));

/** The rule with this id; throws on an unknown id (a programming error). */
export function ruleById(id: string): RuleDefinition {
  const definition = byId.get(id);
  if (!definition) throw new Error(`unknown rule id ${id}`);
  return definition;
}

/** Where each rule is documented (the package's RULES.md, generated from this registry). */
export function ruleDocs(id: string): string {
  return `packages/finetune/RULES.md#${id.toLowerCase()}`;
}

/** A finding of rule `ruleId` with the registry's severity, hint and docs unless given. */
export function findingFor(
  ruleId: string,
  fields: { line?: number; pointer?: string; message: string; hint?: string; severity?: Severity },
): Finding {
  const definition = ruleById(ruleId);
  return {
    ruleId,
    severity: fields.severity ?? definition.severity,
    ...(fields.line === undefined ? {} : { line: fields.line }),
    ...(fields.pointer === undefined ? {} : { pointer: fields.pointer }),
    message: fields.message,
    hint: fields.hint ?? definition.hint,
    docs: ruleDocs(ruleId),
  };
}
