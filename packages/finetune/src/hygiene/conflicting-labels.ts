import { type CanonicalExample, type CanonicalMessage, isPreferenceExample } from "../dataset/canonical-example";
import { messageTextWithToolCalls, splitContextAndAnswer } from "../dataset/example-text";
import { comparisonText } from "./normalize-text";

/** Examples that share a prompt but teach different answers (rule Q03). */
export interface ConflictGroup<Item> {
  /** The shared prompt, normalised (shortened to 200 characters). */
  prompt: string;
  /** Members in input order; `answers` counts the distinct answers among them. */
  members: Item[];
  answers: number;
  /** `"different-answers"` (chat) or `"reversed-preference"` (A over B in one example, B over A in another). */
  kind: "different-answers" | "reversed-preference";
}

function messagesKey(messages: readonly CanonicalMessage[]): string {
  return messages.map((message) => `${message.role}: ${comparisonText(messageTextWithToolCalls(message))}`).join("\n");
}

/**
 * Groups examples by their normalised prompt (every message before the answer, role-tagged; case, punctuation
 * and spacing ignored) and reports the prompts taught with more than one distinct answer. For preference
 * examples it reports prompts where one example prefers A over B and another prefers B over A.
 * Exact duplicates are not conflicts (same prompt, same answer).
 */
export function findConflictingLabels<Item extends { example: CanonicalExample }>(items: readonly Item[]): ConflictGroup<Item>[] {
  const byPrompt = new Map<string, { members: Item[]; answers: Set<string>; pairs: Set<string> }>();
  for (const item of items) {
    const { context, answer } = splitContextAndAnswer(item.example);
    if (answer.length === 0) continue;
    const prompt = messagesKey(context);
    const answerKey = messagesKey(answer);
    const entry = byPrompt.get(prompt) ?? { members: [], answers: new Set<string>(), pairs: new Set<string>() };
    entry.members.push(item);
    if (isPreferenceExample(item.example)) entry.pairs.add(`${answerKey}\u0000${messagesKey(item.example.non_preferred_output)}`);
    else entry.answers.add(answerKey);
    byPrompt.set(prompt, entry);
  }
  const conflicts: ConflictGroup<Item>[] = [];
  for (const [prompt, entry] of byPrompt) {
    const shown = prompt.length > 200 ? `${prompt.slice(0, 199)}…` : prompt;
    if (entry.answers.size > 1) {
      conflicts.push({ prompt: shown, members: entry.members.filter((member) => !isPreferenceExample(member.example)), answers: entry.answers.size, kind: "different-answers" });
    }
    const reversed = [...entry.pairs].some((pair) => {
      const [preferred, rejected] = pair.split("\u0000");
      return entry.pairs.has(`${rejected}\u0000${preferred}`);
    });
    if (reversed) {
      conflicts.push({ prompt: shown, members: entry.members.filter((member) => isPreferenceExample(member.example)), answers: entry.pairs.size, kind: "reversed-preference" });
    }
  }
  return conflicts;
}
