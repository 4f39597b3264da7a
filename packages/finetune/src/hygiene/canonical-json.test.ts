import { describe, expect, it } from "vitest";
import type { CanonicalExample } from "../dataset/canonical-example";
import { canonicalExampleJson, exampleHash } from "./canonical-json";
import { findExactDuplicates } from "./exact-duplicates";

describe("canonical JSON and exact duplicates (Q01)", () => {
  it("ignores key order, whitespace runs, Unicode composition and side data", () => {
    const left: CanonicalExample = { messages: [{ role: "user", content: "Café  au lait?" }, { role: "assistant", content: "Yes." }] };
    const right = { metadata: { family: "x" }, messages: [{ content: " Cafe\u0301 au\tlait? ", role: "user" }, { content: "Yes.", role: "assistant" }] } as CanonicalExample;
    expect(canonicalExampleJson(right)).toBe(canonicalExampleJson(left));
    expect(exampleHash(right)).toBe(exampleHash(left));
    expect(canonicalExampleJson(left)).toBe('{"messages":[{"content":"Café au lait?","role":"user"},{"content":"Yes.","role":"assistant"}]}');
  });

  it("keeps real differences apart", () => {
    const base: CanonicalExample = { messages: [{ role: "user", content: "a" }, { role: "assistant", content: "b" }] };
    expect(exampleHash({ messages: [{ role: "user", content: "a" }, { role: "assistant", content: "B" }] })).not.toBe(exampleHash(base));
    expect(exampleHash({ ...base, tools: [] })).not.toBe(exampleHash(base));
  });

  it("groups duplicates in input order", () => {
    const example: CanonicalExample = { messages: [{ role: "user", content: "a" }, { role: "assistant", content: "b" }] };
    const other: CanonicalExample = { messages: [{ role: "user", content: "c" }, { role: "assistant", content: "d" }] };
    const groups = findExactDuplicates([{ line: 1, example }, { line: 2, example: other }, { line: 3, example: { ...example } }]);
    expect(groups.map((group) => group.members.map((member) => member.line))).toEqual([[1, 3]]);
  });
});
