// Index terms, sentences with their spans, tables in text, and TF-IDF neighbours — plain functions, no model.
import { analyzeText, findTables, splitSentences, TfIdfIndex } from "@tandem/text";

console.log(analyzeText("What does egress in eu-west-1 cost since v2.14?")); // → [ 'egress', 'eu-west-1', 'eu', 'west', 'cost', 'sinc', 'v2.14' ]

const text = "Egress costs $0.09 per GB. Storage is billed monthly, e.g. for backups.\n\n| Plan | Uptime |\n|---|---|\n| Pro | 99.95% |";
for (const sentence of splitSentences(text)) console.log(sentence.start, sentence.end, JSON.stringify(sentence.text));
const [table] = findTables(text);
console.log(table?.header?.text, "→", table?.rows.map((row) => row.text)); // → | Plan | Uptime | → [ '| Pro | 99.95% |' ]

const prompts = ["Triage this ticket: the dashboard is blank", "Write a reply to this customer about invoices", "Review this query: SELECT 1"];
const index = new TfIdfIndex(prompts.map(analyzeText));
const [nearest] = index.nearest(analyzeText("Triage this ticket: exports stall"), 1);
console.log(`nearest prompt: "${prompts[nearest?.index ?? 0]}" (cosine ${nearest?.similarity.toFixed(2)})`);
