import { describe, expect, it } from "vitest";
import type { PreferenceExample, SupervisedExample } from "../dataset/canonical-example";
import { findConflictingLabels } from "./conflicting-labels";

const chat = (line: number, user: string, assistant: string): { line: number; example: SupervisedExample } => ({
  line,
  example: { messages: [{ role: "user", content: user }, { role: "assistant", content: assistant }] },
});
const preference = (line: number, user: string, preferred: string, rejected: string): { line: number; example: PreferenceExample } => ({
  line,
  example: { input: { messages: [{ role: "user", content: user }] }, preferred_output: [{ role: "assistant", content: preferred }], non_preferred_output: [{ role: "assistant", content: rejected }] },
});

describe("findConflictingLabels", () => {
  it("reports one prompt (normalised) taught with different answers", () => {
    const conflicts = findConflictingLabels([
      chat(1, "What severity is a full outage?", "S1"),
      chat(2, "what severity is a  full outage", "S2"),
      chat(3, "What severity is a how-to question?", "S4"),
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kind: "different-answers", answers: 2 });
    expect(conflicts[0]?.members.map((member) => member.line)).toEqual([1, 2]);
  });

  it("does not report the same answer twice or different prompts", () => {
    expect(findConflictingLabels([chat(1, "Hi", "Hello!"), chat(2, "hi", "hello"), chat(3, "Bye", "Goodbye")])).toEqual([]);
  });

  it("reports reversed preferences, not repeated ones", () => {
    expect(findConflictingLabels([preference(1, "Q", "A", "B"), preference(2, "Q", "A", "B")])).toEqual([]);
    const conflicts = findConflictingLabels([preference(1, "Q", "A", "B"), preference(2, "q", "B", "A")]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.kind).toBe("reversed-preference");
  });
});
