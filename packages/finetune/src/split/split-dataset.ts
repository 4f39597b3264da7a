import { TandemError } from "@tandem/core";
import type { CanonicalExample } from "../dataset/canonical-example";
import type { Finding } from "../dataset/finding";
import { exampleHash } from "../hygiene/canonical-json";
import { seededUnit } from "./seeded-order";

/** Sides of a split, in the order of `ratios`. */
export const splitSides = ["train", "validation", "eval"] as const;
export type SplitSide = (typeof splitSides)[number];

export interface SplitOptions<Item> {
  /** Shares of train, validation and (optionally) eval; they must add up to 1. Default [0.9, 0.1]. */
  ratios?: readonly number[];
  /** Seed of the deterministic order. Default 1. */
  seed?: number;
  /** Stratum of an item (e.g. its `metadata.family`): each stratum is split in the same proportions. Default: none. */
  stratify?: (item: Item) => string | undefined;
  /**
   * Group of an item (e.g. its source document): all items of a group go to the same side, so no document is on
   * both sides. Items without a group are their own group. Default: none.
   */
  groupBy?: (item: Item) => string | undefined;
  /** Stable identity of an ungrouped item (identical examples share it and stay together). Default: canonical hash. */
  identity?: (item: Item) => string;
}

export interface SplitReport {
  seed: number;
  ratios: number[];
  sizes: Partial<Record<SplitSide, number>>;
  /** Items per stratum and side (stratum `(none)` when not stratified or the field is missing). */
  strata: Record<string, Partial<Record<SplitSide, number>>>;
  groups: { count: number; largest: number; withoutKey: number; spanningStrata: number } | undefined;
  findings: Finding[];
}

export interface SplitResult<Item> {
  sides: Partial<Record<SplitSide, Item[]>>;
  report: SplitReport;
}

const noStratum = "(none)";

/**
 * A deterministic, seeded train / validation (/ eval) split, stratified and grouped.
 *
 * Groups are ordered by a seeded hash of their key (independent of input order), then, within each stratum,
 * each group goes to the side furthest below its target size. The same input and seed always give the same
 * split; a group never straddles two sides. Each side keeps the input order.
 */
export function splitDataset<Item extends { example: CanonicalExample }>(items: readonly Item[], options: SplitOptions<Item> = {}): SplitResult<Item> {
  const ratios = [...(options.ratios ?? [0.9, 0.1])];
  const seed = options.seed ?? 1;
  if (ratios.length < 2 || ratios.length > 3 || ratios.some((ratio) => !(ratio >= 0)) || Math.abs(ratios.reduce((sum, ratio) => sum + ratio, 0) - 1) > 1e-6) {
    throw new TandemError({
      code: "INPUT_INVALID",
      message: `split ratios must be 2 or 3 non-negative shares adding up to 1 (train, validation[, eval]); got ${ratios.join(",")}`,
      hint: "e.g. --split 0.9,0.1 or --split 0.8,0.1,0.1",
    });
  }
  const sideNames = splitSides.slice(0, ratios.length);
  const identity = options.identity ?? ((item: Item) => exampleHash(item.example));

  const groups = new Map<string, Item[]>();
  let withoutKey = 0;
  for (const item of items) {
    const group = options.groupBy?.(item);
    if (options.groupBy && group === undefined) withoutKey += 1;
    const key = group === undefined ? `item:${identity(item)}` : `group:${group}`;
    const members = groups.get(key);
    if (members) members.push(item);
    else groups.set(key, [item]);
  }

  let spanningStrata = 0;
  const byStratum = new Map<string, { key: string; members: Item[] }[]>();
  for (const [key, members] of groups) {
    const counts = new Map<string, number>();
    for (const member of members) {
      const stratum = options.stratify?.(member) ?? noStratum;
      counts.set(stratum, (counts.get(stratum) ?? 0) + 1);
    }
    if (counts.size > 1) spanningStrata += 1;
    const stratum = [...counts].sort((left, right) => right[1] - left[1] || (left[0] < right[0] ? -1 : 1))[0]?.[0] ?? noStratum;
    const list = byStratum.get(stratum) ?? [];
    list.push({ key, members });
    byStratum.set(stratum, list);
  }

  const sides: Partial<Record<SplitSide, Item[]>> = Object.fromEntries(sideNames.map((side) => [side, [] as Item[]]));
  const strata: SplitReport["strata"] = {};
  for (const stratum of [...byStratum.keys()].sort()) {
    const stratumGroups = (byStratum.get(stratum) ?? []).sort(
      (left, right) => seededUnit(seed, left.key) - seededUnit(seed, right.key) || (left.key < right.key ? -1 : 1),
    );
    const total = stratumGroups.reduce((sum, group) => sum + group.members.length, 0);
    const targets = ratios.map((ratio) => ratio * total);
    const current = ratios.map(() => 0);
    for (const group of stratumGroups) {
      let best = 0;
      for (let side = 1; side < ratios.length; side += 1) {
        if ((targets[side] as number) - (current[side] as number) > (targets[best] as number) - (current[best] as number) + 1e-9) best = side;
      }
      current[best] = (current[best] as number) + group.members.length;
      sides[sideNames[best] as SplitSide]?.push(...group.members);
    }
    strata[stratum] = Object.fromEntries(sideNames.map((side, index) => [side, current[index] as number]));
  }

  const position = new Map(items.map((item, index) => [item, index]));
  for (const side of sideNames) sides[side]?.sort((left, right) => (position.get(left) as number) - (position.get(right) as number));

  const findings: Finding[] = [];
  if (options.stratify) {
    for (const [stratum, counts] of Object.entries(strata)) {
      for (const side of sideNames.slice(1)) {
        if ((counts[side] ?? 0) === 0 && (counts.train ?? 0) > 0) {
          findings.push({ ruleId: "Q07", severity: "info", message: `stratum "${stratum}" has no ${side} examples (${counts.train} in train)`, hint: "the hold-out should cover every kind of example; add data or change the ratios" });
        }
      }
    }
  }
  const groupSizes = [...groups.values()].map((members) => members.length);
  return {
    sides,
    report: {
      seed,
      ratios,
      sizes: Object.fromEntries(sideNames.map((side) => [side, sides[side]?.length ?? 0])),
      strata,
      groups: options.groupBy ? { count: groups.size, largest: groupSizes.reduce((largest, size) => Math.max(largest, size), 0), withoutKey, spanningStrata } : undefined,
      findings,
    },
  };
}
