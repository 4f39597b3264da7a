import { describe, expect, it } from "vitest";
import type { SupervisedExample } from "../dataset/canonical-example";
import { splitDataset } from "./split-dataset";

interface Item {
  id: number;
  family: string;
  document: string;
  example: SupervisedExample;
}

const families = ["triage", "reply", "status", "sql", "announcement"];
const items: Item[] = Array.from({ length: 1000 }, (_, id) => ({
  id,
  family: families[id % 5] as string,
  document: `doc-${Math.floor(id / 7)}`,
  example: { messages: [{ role: "user", content: `question ${id}` }, { role: "assistant", content: `answer ${id}` }] },
}));
const ids = (list: readonly Item[] | undefined) => (list ?? []).map((item) => item.id);

describe("splitDataset", () => {
  it("meets the ratios and keeps input order on each side", () => {
    const { sides, report } = splitDataset(items, { ratios: [0.9, 0.1], seed: 3 });
    expect(report.sizes).toEqual({ train: 900, validation: 100 });
    expect(ids(sides.train)).toEqual([...ids(sides.train)].sort((left, right) => left - right));
  });

  it("gives the same split for the same seed, whatever the input order, and another for another seed", () => {
    const first = splitDataset(items, { seed: 3 });
    const shuffled = [...items].sort((left, right) => ((left.id * 7919) % 1000) - ((right.id * 7919) % 1000));
    const second = splitDataset(shuffled, { seed: 3 });
    expect(new Set(ids(second.sides.validation))).toEqual(new Set(ids(first.sides.validation)));
    expect(ids(splitDataset(items, { seed: 4 }).sides.validation)).not.toEqual(ids(first.sides.validation));
  });

  it("splits every stratum in the same proportions", () => {
    const { report } = splitDataset(items, { ratios: [0.8, 0.1, 0.1], seed: 1, stratify: (item) => item.family });
    for (const family of families) expect(report.strata[family]).toEqual({ train: 160, validation: 20, eval: 20 });
    expect(report.sizes).toEqual({ train: 800, validation: 100, eval: 100 });
  });

  it("never puts a group on two sides", () => {
    const { sides, report } = splitDataset(items, { ratios: [0.8, 0.1, 0.1], seed: 9, groupBy: (item) => item.document });
    const sideOf = new Map<string, string>();
    for (const [side, list] of Object.entries(sides)) {
      for (const item of list ?? []) {
        expect(sideOf.get(item.document) ?? side).toBe(side);
        sideOf.set(item.document, side);
      }
    }
    expect(report.groups).toMatchObject({ count: 143, largest: 7, withoutKey: 0 });
    expect(Math.abs((report.sizes.validation ?? 0) - 100)).toBeLessThanOrEqual(7);
  });

  it("keeps identical examples together when not grouped", () => {
    const twins = [...items.slice(0, 50), { ...(items[0] as Item), id: 5000 }];
    const { sides } = splitDataset(twins, { ratios: [0.5, 0.5], seed: 2 });
    const sideOf = (id: number) => (ids(sides.train).includes(id) ? "train" : "validation");
    expect(sideOf(5000)).toBe(sideOf(0));
  });

  it("reports strata with no hold-out examples (Q07)", () => {
    const small = items.slice(0, 53).map((item) => ({ ...item, family: item.id < 3 ? "rare" : "common" }));
    const { report } = splitDataset(small, { ratios: [0.9, 0.1], stratify: (item) => item.family });
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: "Q07", message: expect.stringContaining('"rare" has no validation') })]);
  });

  it("rejects ratios that do not add up to 1", () => {
    expect(() => splitDataset(items, { ratios: [0.9, 0.2] })).toThrow(/adding up to 1/);
    expect(() => splitDataset(items, { ratios: [1] })).toThrow(/2 or 3/);
  });
});
