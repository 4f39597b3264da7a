import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { compileWhere, type WhereFilter } from "./where-filter";

const rows: Record<string, unknown>[] = [
  { team: "docs", year: 2026, draft: false, tags: ["a", "b"] },
  { team: "ops", year: 2025, draft: true },
  { team: "docs", year: 2024.5 },
  { year: "2026", team: 5 },
  {},
];
const matching = (where: WhereFilter) => rows.flatMap((row, index) => (compileWhere(where)(row) ? [index] : []));

describe("compileWhere", () => {
  it("implements Chroma's operators with typed equality", () => {
    expect(matching({ team: "docs" })).toEqual([0, 2]);
    expect(matching({ team: { $ne: "docs" } })).toEqual([1, 3, 4]);
    expect(matching({ year: { $gte: 2025 } })).toEqual([0, 1]);
    expect(matching({ year: { $lt: 2026 } })).toEqual([1, 2]);
    expect(matching({ year: "2026" })).toEqual([3]);
    expect(matching({ team: { $in: ["docs", "ops"] } })).toEqual([0, 1, 2]);
    expect(matching({ year: { $nin: [2026, 2025] } })).toEqual([2, 3, 4]);
    expect(matching({ draft: { $ne: true } })).toEqual([0, 2, 3, 4]);
    expect(matching({ $and: [{ team: "docs" }, { year: { $gt: 2025 } }] })).toEqual([0]);
    expect(matching({ $or: [{ team: "ops" }, { year: { $lte: 2024.5 } }] })).toEqual([1, 2]);
    expect(matching({ tags: { $contains: "a" } })).toEqual([0]);
    expect(matching({ tags: { $not_contains: "a" } })).toEqual([1, 2, 3, 4]);
  });

  it("rejects what Chroma rejects, naming the JSON pointer", () => {
    const cases: [unknown, string][] = [
      [{ team: "docs", year: 2026 }, ""],
      [{ year: { $gt: "2025" } }, "/year/$gt"],
      [{ team: { $in: [] } }, "/team/$in"],
      [{ team: { $in: ["a", 1] } }, "/team/$in"],
      [{ $and: [{ team: "docs" }] }, "/$and"],
      [{ $or: [{ team: "docs" }, { year: { $like: 1 } }] }, "/$or/1/year/$like"],
      [{ $not: { team: "docs" } }, "/$not"],
    ];
    for (const [where, path] of cases) {
      let caught: unknown;
      try {
        compileWhere(where as WhereFilter);
      } catch (error) {
        caught = error;
      }
      expect(TandemError.isInstance(caught), JSON.stringify(where)).toBe(true);
      expect((caught as TandemError).path).toBe(path);
    }
  });
});
