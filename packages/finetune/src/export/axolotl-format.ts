import { stringify } from "yaml";
import { type CanonicalExample, type CanonicalMessage, isPreferenceExample } from "../dataset/canonical-example";
import type { ExportFormat, ExportIssue } from "./export-format";
import { pick, plainContent, reportDroppedMessageFields, reportDroppedTopLevelFields } from "./message-text";

/** Message keys the axolotl row keeps; `weight` becomes the per-message `training` flag. */
const keptKeys = ["role", "content", "tool_calls", "tool_call_id", "name", "weight"];

/**
 * axolotl `chat_template` datasets: `{"messages": [{"role", "content", …}], "tools"?}`. A message's `weight`
 * becomes the boolean `training` field (`message_field_training: training` in the YAML), so loss masking
 * survives; tool calls and tool definitions pass through (axolotl parses string `arguments` itself).
 */
export const axolotlFormat: ExportFormat = {
  id: "axolotl",
  description: "axolotl chat_template JSONL {messages: [{role, content, training?}], tools?} plus the matching datasets: YAML",
  supports: ["chat"],
  convert(example: CanonicalExample) {
    const issues: ExportIssue[] = [];
    if (isPreferenceExample(example)) {
      return { issues: [{ ruleId: "X08", outcome: "skipped", message: "preference examples are not exported for axolotl; export them as openai (DPO JSONL)" }] };
    }
    reportDroppedTopLevelFields(example, ["messages", "tools"], issues);
    const messages: Record<string, unknown>[] = [];
    for (const [index, message] of example.messages.entries()) {
      const pointer = `/messages/${index}`;
      reportDroppedMessageFields(message, pointer, keptKeys, issues);
      const content = plainContent(message, pointer, issues);
      if (content === undefined) return { issues };
      const { weight, ...rest } = pick(message, keptKeys) as CanonicalMessage;
      messages.push({
        ...rest,
        ...(message.content === undefined || message.content === null ? {} : { content }),
        ...(weight === undefined ? {} : { training: weight === 1 }),
      });
    }
    return { row: { messages, ...(example.tools ? { tools: example.tools } : {}) }, issues };
  },
  parse(row) {
    const messages = (row.messages as Record<string, unknown>[]).map(({ training, ...message }) => ({
      ...message,
      ...(training === undefined ? {} : { weight: training ? 1 : 0 }),
    })) as CanonicalMessage[];
    return { messages, ...(row.tools ? { tools: row.tools } : {}) } as CanonicalExample;
  },
  sidecars(context) {
    const dataset: Record<string, unknown> = {
      path: context.dataFile,
      ds_type: "json",
      type: "chat_template",
      field_messages: "messages",
      message_property_mappings: { role: "role", content: "content" },
      roles_to_train: ["assistant"],
      train_on_eos: "turn",
      ...(context.hasWeights ? { message_field_training: "training" } : {}),
      ...(context.hasTools ? { field_tools: "tools" } : {}),
    };
    const header = `# axolotl dataset entry for ${context.dataFile} (written by tandem data export).\n# Paste under your config's datasets: list, or merge the whole file into it.\n`;
    return [{ name: `${context.datasetName}.axolotl.yaml`, content: header + stringify({ datasets: [dataset] }) }];
  },
};
