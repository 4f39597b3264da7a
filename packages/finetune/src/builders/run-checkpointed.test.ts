import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheckpointed } from "./run-checkpointed";

const directory = mkdtempSync(join(tmpdir(), "tandem-checkpoint-"));
const items = Array.from({ length: 10 }, (_, index) => ({ id: `item-${index}`, text: `text ${index}` }));

describe("runCheckpointed", () => {
  it("limits concurrency, retries failures with backoff, and lists what still failed", async () => {
    const checkpoint = join(directory, "concurrency.jsonl");
    let inFlight = 0;
    let peak = 0;
    const attempts = new Map<string, number>();
    const result = await runCheckpointed({
      items,
      key: (item) => item.id,
      fingerprint: (item) => item.text,
      checkpoint,
      concurrency: 3,
      retries: 2,
      retryDelayMs: 1,
      work: async (item, attempt) => {
        attempts.set(item.id, attempt);
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight -= 1;
        if (item.id === "item-3" && attempt < 3) throw new Error("rate limited");
        if (item.id === "item-7") throw new Error("model said no");
        return item.text.toUpperCase();
      },
    });
    expect(peak).toBe(3);
    expect(attempts.get("item-3")).toBe(3);
    expect(result.generated).toBe(9);
    expect(result.failed).toEqual([{ key: "item-7", reason: "model said no", attempts: 3 }]);
    expect(result.outputs.map((entry) => entry.key)).toEqual(items.map((item) => item.id).filter((id) => id !== "item-7"));
    expect(readFileSync(checkpoint, "utf8").trim().split("\n")).toHaveLength(10);
  });

  it("reuses finished items on a re-run, retries failed ones, and redoes items whose fingerprint changed", async () => {
    const checkpoint = join(directory, "resume.jsonl");
    const first = await runCheckpointed({ items, key: (item) => item.id, fingerprint: (item) => item.text, checkpoint, retries: 0, work: async (item) => {
      if (item.id === "item-2") throw new Error("boom");
      return item.text;
    } });
    expect(first.failed).toHaveLength(1);
    const calls: string[] = [];
    const changed = items.map((item) => (item.id === "item-5" ? { ...item, text: "new text" } : item));
    const second = await runCheckpointed({ items: changed, key: (item) => item.id, fingerprint: (item) => item.text, checkpoint, work: async (item) => {
      calls.push(item.id);
      return item.text;
    } });
    expect(calls.sort()).toEqual(["item-2", "item-5"]);
    expect(second).toMatchObject({ reused: 8, generated: 2, failed: [] });
    expect(second.outputs.find((entry) => entry.key === "item-5")?.output).toBe("new text");
  });

  it("drops a last line cut off by a kill (counting it) and errors on a corrupt line elsewhere", async () => {
    const checkpoint = join(directory, "cut.jsonl");
    writeFileSync(checkpoint, `${JSON.stringify({ key: "item-0", fingerprint: "text 0", status: "done", output: "kept", attempts: 1, at: "" })}\n{"key": "item-1", "fingerp`);
    const calls: string[] = [];
    const result = await runCheckpointed({ items: items.slice(0, 2), key: (item) => item.id, fingerprint: (item) => item.text, checkpoint, work: async (item) => {
      calls.push(item.id);
      return item.text;
    } });
    expect(result.truncatedCheckpointLines).toBe(1);
    expect(calls).toEqual(["item-1"]);
    expect(readFileSync(checkpoint, "utf8").trim().split("\n").map((line) => JSON.parse(line).key)).toEqual(["item-0", "item-1"]);

    writeFileSync(checkpoint, 'not json\n{"key": "a", "fingerprint": "b", "status": "done"}\n');
    await expect(runCheckpointed({ items, key: (item) => item.id, fingerprint: (item) => item.text, checkpoint, work: async () => "" })).rejects.toThrow(/checkpoint line 1 is not valid JSON/);
  });
});
