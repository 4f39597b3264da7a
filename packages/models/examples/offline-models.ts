// The offline models answer a grounded prompt by quoting and citing; the same code runs on any
// OpenAI-compatible server when OPENAI_API_KEY or OPENAI_BASE_URL is set.
import { createModels, describeModels, groundedMessages } from "@tandem/models";

const models = await createModels(
  { provider: "local" },
  { trainingExamples: [{ messages: [{ role: "user", content: "Triage this ticket: db down" }, { role: "assistant", content: "Severity: S1" }] }] },
);
console.log(describeModels(models.info));

const prompt = groundedMessages("How much does egress cost in eu-west-1?", [
  { marker: 1, source: "pricing.md", title: "Pricing", text: "Egress in eu-west-1 costs $0.09 per GB. Storage costs $0.25 per GB-month." },
]);
console.log((await models.reader.invoke(prompt)).content); // → Egress in eu-west-1 costs $0.09 per GB. [1]
console.log((await models.tuned?.invoke("Triage this ticket: replicas lag"))?.content); // → Severity: S1
const [vector] = await models.embeddings.embedDocuments(["egress pricing"]);
console.log(models.embeddings.id, vector?.length);
