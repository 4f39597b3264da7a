import { describe, expect, it } from "vitest";
import { z } from "zod";
import { TandemError } from "./errors";
import { parseJsonl, parseJsonlStrict } from "./jsonl";

const schema = z.object({ query: z.string().min(1), route: z.enum(["tuned", "rag", "both"]) });

describe("parseJsonl", () => {
  it("collects every problem with its line and JSON pointer, and counts blank lines", () => {
    const text = [
      '{"query":"a","route":"rag"}',
      "",
      '{"query":"b","route":"nope"}',
      '{"query": 1, "route":"tuned"',
      '{"query":"c","route":"both"}',
    ].join("\n");
    const result = parseJsonl(text, schema, "labels.jsonl");
    expect(result.records.map((record) => [record.line, record.value.query])).toEqual([
      [1, "a"],
      [5, "c"],
    ]);
    expect(result.blankLines).toBe(1);
    expect(result.problems.map((problem) => [problem.line, problem.pointer])).toEqual([
      [3, "/route"],
      [4, ""],
    ]);
    expect(result.problems[1]?.message).toMatch(/not valid JSON/);
  });

  it("strips a BOM on the first line and accepts CRLF", () => {
    const result = parseJsonl('\uFEFF{"query":"a","route":"rag"}\r\n{"query":"b","route":"tuned"}\r\n', schema, "f");
    expect(result.problems).toEqual([]);
    expect(result.records).toHaveLength(2);
  });

  it("strict mode throws one INPUT_INVALID error naming file and first bad line", () => {
    let caught: unknown;
    try {
      parseJsonlStrict('{"query":"a","route":"rag"}\n{"route":"rag"}\n', schema, "data/x.jsonl");
    } catch (error) {
      caught = error;
    }
    expect(TandemError.isInstance(caught)).toBe(true);
    const error = caught as TandemError;
    expect(error.code).toBe("INPUT_INVALID");
    expect(error.file).toBe("data/x.jsonl");
    expect(error.line).toBe(2);
    expect(error.path).toBe("/query");
    expect(error.format()).toContain("data/x.jsonl:2 /query");
  });
});
