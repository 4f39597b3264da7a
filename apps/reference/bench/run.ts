// `npm run bench [-- [DATA_DIR | --data DIR] [--only NAME] [--json]]`: runs Tandem's benchmarks and prints one table each.
// Figures are ratios against a baseline measured in the same run (machines are shared and noisy).
// --data points at public benchmark data (HotpotQA, Cranfield) for the retrieval-quality benchmarks;
// default ../shared/benchmarks beside the repository, and those benchmarks say what to pass when it is missing.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { textTable } from "../src/cli/text-table";
import { datasetHygiene } from "./dataset-hygiene";
import { dispatchStreaming } from "./dispatch-streaming";
import { finetuneValidate } from "./finetune-validate";
import { retrievalQuality } from "./retrieval-quality";
import { replicas } from "./replicas";
import { retrievalSpeed } from "./retrieval-speed";
import { routerLatency } from "./router-latency";
import { serveLoad } from "./serve-load";
import type { BenchmarkResult } from "./types";

const repositoryDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: "string", default: join(repositoryDir, "../shared/benchmarks") },
    only: { type: "string" },
    json: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
// npm runs the workspace script from apps/reference; a relative data path means the directory the user typed it in.
const invokedFrom = process.env.INIT_CWD ?? process.cwd();
const benchmarks: Record<string, (context: { repositoryDir: string; dataDir: string }) => Promise<BenchmarkResult[]>> = {
  "router-latency": ({ repositoryDir: directory }) => routerLatency(directory),
  "retrieval-quality": ({ dataDir }) => retrievalQuality(dataDir),
  "retrieval-speed": ({ repositoryDir: directory }) => retrievalSpeed(directory),
  "dataset-hygiene": async ({ repositoryDir: directory }) => [await datasetHygiene(directory)],
  "dispatch-streaming": async () => [await dispatchStreaming()],
  "finetune-validate": ({ repositoryDir: directory }) => finetuneValidate(directory),
  "serve-load": async ({ repositoryDir: directory }) => [await serveLoad(directory)],
  replicas: ({ repositoryDir: directory }) => replicas(directory),
};
if (positionals.length > 1) {
  console.error(`bench takes at most one data directory; got ${positionals.length}: ${positionals.join(" ")}`);
  process.exit(2);
}
if (values.help) {
  console.log(`usage: npm run bench -- [DATA_DIR | --data DIR] [--only ${Object.keys(benchmarks).join("|")}] [--json]`);
  process.exit(0);
}
const results: BenchmarkResult[] = [];
for (const [name, run] of Object.entries(benchmarks)) {
  if (values.only && values.only !== name) continue;
  process.stderr.write(`running ${name}…\n`);
  for (const result of await run({ repositoryDir, dataDir: resolve(invokedFrom, positionals[0] ?? values.data) })) {
    results.push(result);
    if (!values.json) {
      console.log(`\n## ${result.name}\n${textTable(result.header ?? ["figure", "value", "ratio"], result.rows)}`);
      for (const note of result.notes ?? []) console.log(`  ${note}`);
    }
  }
}
if (values.json) console.log(JSON.stringify(results, null, 2));
