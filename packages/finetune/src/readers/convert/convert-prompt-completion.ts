import type { Conversion } from "./conversion";
import { pointerMap, unconvertedKeys } from "./conversion";

/** `{prompt, completion}` → a user message and an assistant message. */
export function convertPromptCompletion(record: Record<string, unknown>): Conversion {
  const origins = ["/prompt", "/completion"];
  return {
    value: { messages: [{ role: "user", content: record.prompt as string }, { role: "assistant", content: record.completion as string }] },
    sourcePointer: pointerMap(origins, (rest, origin) => (rest === "/content" || rest === "" ? origin : `${origin}${rest}`), (pointer) => pointer),
    problems: unconvertedKeys(record, ["prompt", "completion"], "prompt/completion"),
  };
}
