// Read OpenAI chat fine-tuning JSONL strictly: a malformed line is an error naming the file and line.
import { fileURLToPath } from "node:url";
import { examplePrompt, loadChatExamples } from "@tandem/finetune";

const file = fileURLToPath(new URL("../../../datasets/kestrel/finetune/train.jsonl", import.meta.url));
const { examples, systemPrompt } = loadChatExamples(file);
console.log(`${examples.length} examples; system prompt: ${systemPrompt?.slice(0, 40)}…`);
console.log("first prompt:", examplePrompt(examples[0] ?? { messages: [] }).slice(0, 60));
