// Strict JSONL parsing with line-numbered problems, and the one error class.
import { parseJsonl, parseJsonlStrict, TandemError } from "@tandem/core";
import { z } from "zod";

const labelled = z.object({ query: z.string().min(1), route: z.enum(["tuned", "rag", "both"]) });
const text = '{"query": "What does egress cost?", "route": "rag"}\n{"query": "", "route": "tuned"}\n';

const { records, problems } = parseJsonl(text, labelled, "labels.jsonl");
console.log(records.length, "valid;", problems.map((problem) => `line ${problem.line} ${problem.pointer}: ${problem.message}`));

try {
  parseJsonlStrict(text, labelled, "labels.jsonl");
} catch (error) {
  if (TandemError.isInstance(error)) console.log(error.code, error.file, error.line, error.path);
}
