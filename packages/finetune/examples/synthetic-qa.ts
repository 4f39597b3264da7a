// Synthetic question-answer pairs from chunks, checkpointed: the second run reuses every finished chunk.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chunkSourceFromArray, formatEstimate, LocalQuestionWriter, planQaGeneration, runQaGeneration } from "@tandem/finetune";

const source = chunkSourceFromArray([
  { id: "a", source: "autoscaling.md", metadata: {}, text: "Autoscaling samples CPU and memory every 15 seconds. Scaling up takes about 5 seconds and does not drop connections." },
  { id: "b", source: "branching.md", metadata: {}, text: "A branch is a copy-on-write clone of its parent. Creating a branch takes about 2 seconds regardless of database size." },
]);
const out = join(mkdtempSync(join(tmpdir(), "tandem-qa-example-")), "qa.jsonl");
// Any LangChain chat model works here (e.g. createOpenAIChatModel from @tandem/models); this one is offline.
const options = { source, model: new LocalQuestionWriter(), out, questionsPerChunk: 2, minChunkCharacters: 40 };

const plan = await planQaGeneration(options);
console.log(`before running: ${formatEstimate(plan.estimate)}`);
const report = await runQaGeneration(plan);
console.log(`wrote ${report.examples} examples (${report.generated} chunks generated) to ${report.out}`);
const again = await runQaGeneration(await planQaGeneration(options));
console.log(`second run: ${again.generated} generated, ${again.reused} reused from ${again.checkpoint}`);
