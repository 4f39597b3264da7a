// Validate a fine-tuning file against a provider profile and count its tokens, as `tandem data validate|stats` do.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readDataset, validateDataset } from "@tandem/finetune";

// 1. The sample training file: valid, with exact token counts (o200k_base for gpt-4o-mini) and a cost estimate.
const train = fileURLToPath(new URL("../../../datasets/kestrel/finetune/train.jsonl", import.meta.url));
const report = await validateDataset(train, { profile: "openai", model: "gpt-4o-mini-2024-07-18" });
const { tokens } = report;
console.log(`${report.examples} examples, valid: ${report.valid}; ${tokens.totalTokens} tokens (${tokens.trainableTokens} trainable), p50 ${tokens.tokensPerExample.p50} per example`);
console.log(`${tokens.epochs} epochs × ${tokens.billedTokens} tokens ≈ $${tokens.cost?.usd.toFixed(2)} (${tokens.cost?.note})`);

// 2. A broken file: every problem comes back with its line and JSON pointer; nothing stops at the first one.
const broken = join(mkdtempSync(join(tmpdir(), "tandem-example-")), "broken.jsonl");
writeFileSync(
  broken,
  [
    '{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello", "weight": 1.0}]}',
    '{"messages": [{"role": "user", "content": "Weather?"}, {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "weather", "arguments": {"city": "Oslo"}}}]}]}',
    '{"messages": [{"role": "user", "content": "cut off',
  ].join("\n"),
);
for (const finding of (await validateDataset(broken)).findings) {
  console.log(`${finding.line ?? "file"} ${finding.pointer ?? ""} ${finding.ruleId} ${finding.severity}: ${finding.message}`);
}

// 3. Streaming records in their canonical OpenAI shape (ShareGPT, Alpaca, CSV … are converted) for your own use.
for await (const entry of readDataset(train)) {
  if (entry.line > 1) break;
  console.log(entry.format, JSON.stringify(entry.value).slice(0, 80));
}
