import { describe, expect, it } from "vitest";
import type { SupervisedExample } from "../dataset/canonical-example";
import { findNearDuplicates } from "./near-duplicates";

const chat = (user: string, assistant: string): { example: SupervisedExample; id: string } => ({
  id: user.slice(0, 12),
  example: { messages: [{ role: "system", content: "shared system prompt that must not count" }, { role: "user", content: user }, { role: "assistant", content: assistant }] },
});

const ticket =
  "Triage this ticket: our production database in eu-west-1 stopped accepting new connections at 09:12 and every request from the checkout service now fails with too many clients already";
const answer = "Severity: S1\nArea: connectivity\nCustomer impact: checkout is down\nNext action: raise the connection limit and page the on-call engineer\nReply needed: yes";

describe("findNearDuplicates", () => {
  it("finds a near-duplicate pair and leaves a dissimilar example alone", () => {
    const items = [
      chat(ticket, answer),
      chat("Summarize these incident notes for the status page: replica lag in ap-south-1 reached forty minutes after a storage node was replaced", "**Title:** Replica lag in ap-south-1"),
      chat(ticket.replace("09:12", "09:14"), answer),
    ];
    const result = findNearDuplicates(items);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.members.map((member) => member.id)).toEqual([items[0]?.id, items[2]?.id]);
    expect(result.clusters[0]?.pairs[0]?.similarity).toBeGreaterThan(0.8);
    expect(result.stats).toMatchObject({ bands: 14, rows: 8, shingleSize: 5 });
  });

  it("confirms candidates with the exact Jaccard against the threshold", () => {
    const items = [chat(ticket, answer), chat(ticket.replace("09:12", "09:14"), answer)];
    expect(findNearDuplicates(items, { threshold: 0.99 }).clusters).toHaveLength(0);
    expect(findNearDuplicates(items, { threshold: 0.5 }).clusters).toHaveLength(1);
  });

  it("joins chains of near-duplicates into one cluster", () => {
    const variants = ["09:12", "09:13", "09:14", "09:15"].map((time) => chat(ticket.replace("09:12", time), answer));
    const result = findNearDuplicates(variants);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]?.members).toHaveLength(4);
  });

  it("is deterministic and does not compare every pair (LSH buckets)", () => {
    const words = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango".split(" ");
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
    const items = Array.from({ length: 2000 }, () => chat(Array.from({ length: 30 }, () => words[next() % words.length]).join(" "), "ok"));
    const first = findNearDuplicates(items);
    const second = findNearDuplicates(items);
    expect(second.stats).toEqual(first.stats);
    // All-pairs would be 1,999,000 comparisons.
    expect(first.stats.candidatePairs).toBeLessThan(20_000);
  });

  it("reports examples with no words instead of clustering them", () => {
    const result = findNearDuplicates([chat("", ""), chat("?!", "…"), chat(ticket, answer)]);
    expect(result.stats.empty).toBe(2);
    expect(result.clusters).toEqual([]);
  });
});
