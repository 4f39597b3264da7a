// Build RAFT examples offline: questions from the local question writer, quoted answers from the local citing
// answer writer, and hard-negative distractors from a retriever (here a tiny keyword search over the chunks; the
// `tandem data generate raft` command wires the project's hybrid retriever over Chroma instead).
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  chunkSourceFromArray,
  type DistractorRetriever,
  formatEstimate,
  LocalCitingAnswerWriter,
  LocalQuestionWriter,
  planRaftGeneration,
  runRaftGeneration,
  type SourceChunk,
} from "@tandem/finetune";
import { analyzeText } from "@tandem/text";

const texts: [string, string][] = [
  ["pricing.md", "Egress in eu-west-1 costs $0.09 per GB from 2026-10-01. Egress inside one region is free."],
  ["pricing.md", "Storage costs $0.25 per GB-month on every plan. Snapshots are billed as storage."],
  ["backups.md", "Daily backups are kept for 7 days on Starter and 30 days on Pro. Restores run from the console."],
  ["backups.md", "A restore takes about 10 minutes per 100 GB of data. Restores never overwrite the source branch."],
  ["pooler.md", "The connection pooler listens on port 6543 for every project. It holds up to 10000 client connections."],
  ["regions.md", "Kestrel runs in us-east-1, eu-west-1 and ap-south-1. Each region has three availability zones."],
];
const chunks: SourceChunk[] = texts.map(([source, text], index) => ({ id: `c${index}`, source, text, metadata: {} }));
const retriever: DistractorRetriever = async (query, k) => {
  const terms = new Set(analyzeText(query));
  return chunks
    .map((chunk) => ({ ...chunk, score: analyzeText(chunk.text).filter((term) => terms.has(term)).length, metadata: { source: chunk.source, spanStart: 0, spanEnd: 0, chunkIndex: 0, sourceHash: "" } }))
    .sort((left, right) => right.score - left.score)
    .slice(0, k);
};

const out = join(mkdtempSync(join(tmpdir(), "tandem-raft-example-")), "raft.jsonl");
const plan = await planRaftGeneration({
  source: chunkSourceFromArray(chunks),
  retriever,
  questionWriter: new LocalQuestionWriter(),
  answerWriter: new LocalCitingAnswerWriter(),
  out,
  distractors: 2,
  oracleShare: 0.8,
  seed: 1,
  minChunkCharacters: 40,
});
console.log(`estimate: ${formatEstimate(plan.estimate)}`);
const report = await runRaftGeneration(plan);
console.log(`${report.examples.train} examples, oracle in ${report.oracle.withOracle}; rejected ${report.rejected.total}; checkpoint ${report.checkpoint}`);
const first = JSON.parse(readFileSync(out, "utf8").split("\n")[0] ?? "{}");
console.log(first.messages?.[2]?.content);
