// Start a fine-tuning job, follow its events and metrics, and resume following from the ledger, against the
// loopback OpenAI-compatible upstream (point `baseURL` and `apiKey` at OpenAI, Azure, Together… for real).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FineTuningClient, formatJobEvent, JobLedger } from "@tandem/finetune";
import { startOpenAIUpstream } from "@tandem/testing";

const upstream = await startOpenAIUpstream();
const directory = mkdtempSync(join(tmpdir(), "tandem-example-"));
const trainingFile = join(directory, "train.jsonl");
const example = (index: number) => ({ messages: [{ role: "user", content: `How do I rotate key ${index}?` }, { role: "assistant", content: `Run \`kestrel keys rotate ${index}\`.` }] });
writeFileSync(trainingFile, `${Array.from({ length: 12 }, (_, index) => JSON.stringify(example(index))).join("\n")}\n`);

const client = new FineTuningClient({ baseURL: upstream.url, apiKey: "sk-example", pollIntervalMs: 10 });
const ledger = JobLedger.inDirectory(join(directory, ".tandem"));
// Parameters and the file are checked locally before anything is uploaded.
const job = await client.start({ trainingFile, model: "gpt-4o-mini-2024-07-18", epochs: 2, batchSize: 4, suffix: "kestrel", ledger, onProgress: console.log });

let shown = 0;
for await (const event of client.follow(job.id, { ledger })) {
  console.log(formatJobEvent(event));
  if (++shown === 4) break; // stop early, as a crash would…
}
// …and resume from the ledger's cursor: no event is shown twice.
for await (const event of client.follow(job.id, { ledger, after: ledger.get(job.id)?.lastEventId })) console.log(formatJobEvent(event));

const done = await client.retrieve(job.id);
console.log(`${done.status}: ${done.fine_tuned_model} (${done.trained_tokens} trained tokens; ledger ${ledger.file})`);
await upstream.close();
