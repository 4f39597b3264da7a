// The ingest lease on the real Chroma server: contenders racing for it never both hold it, a waiter gets progress
// and the lease once released, a dead holder's lease expires (after its TTL elsewhere, at once on this machine),
// a holder whose lease was taken over knows it, and a wait that runs out is a clear INGEST_BUSY.
import { spawnSync } from "node:child_process";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { ChromaStore } from "../store/chroma-store";
import { useRealChroma } from "../testing/real-chroma.test-helper";
import { IngestLease, type LeaseIdentity, type LeaseWait, processIdentity } from "./ingest-lease";
import { placeholderVector, recordsSuffix } from "./ingestion-records";

const chroma = useRealChroma("tandem-lease");
let collections = 0;
const openStore = () => ChromaStore.open({ client: chroma.client, baseName: `lease${(collections += 1)}`, embedderId: "test" });
/** A process on another machine (its pid cannot be checked from here). */
const machine = (name: string): LeaseIdentity => ({ machine: name, pid: 1, label: `${name} pid 1` });
/** The lease as a killed holder leaves it. */
const leaveLease = async (store: ChromaStore, holder: LeaseIdentity, ttlMs: number) => {
  const records = await store.companion(recordsSuffix);
  await records.collection.upsert({
    ids: ["lease"],
    embeddings: [placeholderVector],
    metadatas: [{ kind: "lease", token: "left-by-a-killed-ingest", holder: holder.label, machine: holder.machine, pid: holder.pid, startTime: holder.startTime ?? "", since: new Date().toISOString(), beat: 3, ttlMs }],
  });
};
const busy = (error: unknown) => TandemError.isInstance(error) && error.code === "INGEST_BUSY";

describe("the ingest lease (real Chroma)", () => {
  it("is held by at most one of two contenders that race for it, round after round", async () => {
    const store = await openStore();
    let acquisitions = 0;
    for (let round = 0; round < 8; round += 1) {
      const contenders = ["a", "b"].map((name) => IngestLease.acquire(store, { identity: machine(`${name}${round}`), waitMs: 0, settleMs: 600 }));
      const outcomes = await Promise.allSettled(contenders);
      const held = outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
      expect(held.length, `round ${round}: two holders`).toBeLessThanOrEqual(1);
      for (const outcome of outcomes) if (outcome.status === "rejected") expect(busy(outcome.reason), String(outcome.reason)).toBe(true);
      acquisitions += held.length;
      for (const lease of held) await lease.release();
    }
    // Both can lose a round only when a write was too slow to count (the protocol then backs off): rare.
    expect(acquisitions).toBeGreaterThanOrEqual(6);
  });

  it("makes a second ingest wait, with progress, and hands it over once released", async () => {
    const store = await openStore();
    const first = await IngestLease.acquire(store, { identity: machine("first"), settleMs: 200 });
    const waits: LeaseWait[] = [];
    const second = IngestLease.acquire(store, { identity: machine("second"), settleMs: 200, pollMs: 100, waitMs: 60_000, onWait: (wait) => waits.push(wait) });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(waits.length).toBeGreaterThan(0);
    expect(waits[0]).toMatchObject({ holder: "first pid 1" });
    await first.release();
    const lease = await second;
    expect(lease.lost).toBeUndefined();
    await lease.release();
  });

  it("fails a wait that runs out with INGEST_BUSY naming the holder", async () => {
    const store = await openStore();
    const holder = await IngestLease.acquire(store, { identity: machine("holder"), settleMs: 200 });
    const error = await IngestLease.acquire(store, { identity: machine("late"), settleMs: 200, pollMs: 100, waitMs: 500 }).catch((caught: unknown) => caught);
    expect(busy(error)).toBe(true);
    expect((error as TandemError).message).toContain("holder pid 1");
    await holder.release();
  });

  it("takes over a dead holder's lease: after its TTL of silence from another machine, at once from this machine", async () => {
    const store = await openStore();
    await leaveLease(store, machine("gone"), 1500);
    const waits: LeaseWait[] = [];
    const started = performance.now();
    const taken = await IngestLease.acquire(store, { identity: machine("next"), settleMs: 200, pollMs: 100, onWait: (wait) => waits.push(wait) });
    // Never before the holder was silent for its whole TTL (a guarantee of the lease, not a speed figure).
    expect(performance.now() - started).toBeGreaterThanOrEqual(1500);
    expect(waits.at(-1)?.silentMs).toBeGreaterThan(1000);
    await taken.release();

    // A holder on this machine whose process is gone: no wait at all.
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid as number;
    await leaveLease(store, { ...processIdentity(), pid: dead, startTime: "1" }, 60_000);
    const immediate: LeaseWait[] = [];
    const lease = await IngestLease.acquire(store, { settleMs: 200, onWait: (wait) => immediate.push(wait) });
    expect(immediate).toEqual([]);
    await lease.release();
  });

  it("tells a holder that it lost the lease (taken over while it was stalled), and stops it", async () => {
    const store = await openStore();
    const lease = await IngestLease.acquire(store, { identity: machine("stalled"), ttlMs: 1200, settleMs: 200 });
    expect(() => lease.assertHeld()).not.toThrow();
    await leaveLease(store, machine("usurper"), 60_000);
    const deadline = Date.now() + 20_000;
    while (!lease.lost && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lease.lost).toContain("usurper pid 1");
    expect(() => lease.assertHeld()).toThrow(/lost its lease/);
    // Releasing a lost lease leaves the new holder's alone.
    await lease.release();
    const records = await store.companion(recordsSuffix);
    expect((await records.collection.get({ ids: ["lease"] })).metadatas[0]).toMatchObject({ holder: "usurper pid 1" });
  });
});
