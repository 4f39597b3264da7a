// Child process of the finetune-validate benchmark: validates one file and reports its peak resident memory.
// `node --import tsx finetune-validate-child.ts FILE [--load-only | --naive]`; --naive is the comparison pipeline
// (readline, JSON.parse, countTokens of every content; no validation) to show how much V8's heap grows on its own.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { validateDataset } from "@tandem/finetune";
import { loadTokenizer } from "@tandem/finetune/tokens";
import { countTokens } from "gpt-tokenizer/encoding/o200k_base";

const [file, mode] = process.argv.slice(2);
const started = performance.now();
let records = 0;
let tokens = 0;
if (mode === "--load-only") {
  await loadTokenizer("o200k_base");
} else if (mode === "--naive") {
  const plainText = { disallowedSpecial: new Set<string>() };
  for await (const line of createInterface({ input: createReadStream(file as string), crlfDelay: Number.POSITIVE_INFINITY })) {
    records += 1;
    for (const message of (JSON.parse(line) as { messages: { content: string }[] }).messages) tokens += countTokens(message.content, plainText);
  }
} else {
  const report = await validateDataset(file as string);
  records = report.records;
  tokens = report.tokens.totalTokens;
}
process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, records, tokens, seconds: (performance.now() - started) / 1000 })}\n`);
