import type { CanonicalMessage } from "../../dataset/canonical-example";
import type { Conversion } from "./conversion";
import { pointerMap, problem, unconvertedKeys } from "./conversion";

/**
 * Alpaca (LLaMA-Factory's `alpaca` layout): `{instruction, input?, output, system?, history?: [[user, assistant]]}`
 * → [system] + history turns + user (instruction, then input after a blank line) + assistant (output).
 */
export function convertAlpaca(record: Record<string, unknown>): Conversion {
  const messages: CanonicalMessage[] = [];
  const origins: string[] = [];
  const problems = unconvertedKeys(record, ["instruction", "input", "output", "system", "history"], "alpaca");
  if (record.system !== undefined) {
    messages.push({ role: "system", content: record.system as string });
    origins.push("/system");
  }
  if (record.history !== undefined) {
    if (!Array.isArray(record.history)) {
      problems.push(problem("E01", "/history", "history must be an array of [user, assistant] pairs", "write history as [[\"question\", \"answer\"], ...]"));
    } else {
      record.history.forEach((pair: unknown, index) => {
        if (!Array.isArray(pair) || pair.length !== 2) {
          problems.push(problem("E01", `/history/${index}`, "each history item must be a [user, assistant] pair", "write history as [[\"question\", \"answer\"], ...]"));
          return;
        }
        messages.push({ role: "user", content: pair[0] as string }, { role: "assistant", content: pair[1] as string });
        origins.push(`/history/${index}/0`, `/history/${index}/1`);
      });
    }
  }
  const input = record.input;
  const instruction = record.instruction;
  const user = typeof instruction === "string" && typeof input === "string" && input.length > 0 ? `${instruction}\n\n${input}` : instruction;
  messages.push({ role: "user", content: user as string }, { role: "assistant", content: record.output as string });
  origins.push("/instruction", "/output");
  return {
    value: { messages },
    sourcePointer: pointerMap(origins, (rest, origin) => (rest === "/content" || rest === "" ? origin : `${origin}${rest}`), (pointer) => pointer),
    problems,
  };
}
