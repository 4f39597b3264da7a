// Child process of the finetune-validate benchmark: validates one file and reports its peak resident memory.
// `node --import tsx finetune-validate-child.ts FILE [--load-only]`
import { loadTokenizer, validateDataset } from "@tandem/finetune";

const [file, mode] = process.argv.slice(2);
const started = performance.now();
let records = 0;
let tokens = 0;
if (mode === "--load-only") {
  await loadTokenizer("o200k_base");
} else {
  const report = await validateDataset(file as string);
  records = report.records;
  tokens = report.tokens.totalTokens;
}
process.stdout.write(`${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, records, tokens, seconds: (performance.now() - started) / 1000 })}\n`);
