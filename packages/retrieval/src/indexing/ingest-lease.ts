// The ingest lease: at most one ingest writes a collection at a time, whichever machine it runs on. It is one item
// of the records collection in Chroma (`lease`: holder token, who, since, heartbeat counter, TTL). Chroma has no
// compare-and-swap, so acquisition is Fischer's timed mutual exclusion:
//   1. wait until the lease is free: absent, released, or dead — its heartbeat counter has not moved for a whole
//      TTL as this process observed it (its own monotonic clock: no clock sync between machines is needed), or its
//      holder is a process on this same machine (same host, boot and pid namespace) that no longer runs;
//   2. write our own random token, and give the attempt up unless the write was acknowledged within `settleMs / 2`
//      of the read that found the lease free;
//   3. wait `settleMs`, read the lease back: ours → acquired; another token → that contender won, wait again.
// Two contenders that both found the lease free both write; the later write wins, and the earlier writer reads
// the later token back, because the later write landed before its read-back (every write lands within settleMs / 2
// of its read, and the read-back comes settleMs after the earlier write). While held, a heartbeat every TTL / 3
// re-reads the lease and bumps its counter; a holder that finds another token there (or could not heartbeat for
// most of a TTL) has lost the lease and its ingest stops with INGEST_BUSY.
import { randomUUID } from "node:crypto";
import { readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";
import { TandemError } from "@tandem/core";
import { processAlive, processStartTime } from "../chroma/data-dir-lock";
import type { ChromaStore, CompanionCollection } from "../store/chroma-store";
import { placeholderVector, recordsSuffix } from "./ingestion-records";

export interface IngestLeaseOptions {
  /** A holder whose heartbeat has not moved for this long (as a waiter observes it) is dead. Default 30000. */
  ttlMs?: number;
  /** How long to wait for a lease another ingest holds before failing with INGEST_BUSY; 0 = fail at once. Default 600000. */
  waitMs?: number;
  /** Between writing our token and reading it back; a lease write must be acknowledged within half of it. Default 1000. */
  settleMs?: number;
  /** How often a waiter reads the lease. Default 1000. */
  pollMs?: number;
  /** Called while waiting (each poll): who holds the lease and for how long this process has waited. */
  onWait?: (wait: LeaseWait) => void;
  /** Who this process is (tests pretend to be another machine). Default: this host, boot, pid namespace and pid. */
  identity?: LeaseIdentity;
}

/** A lease holder's identity: `machine` decides whether its pid can be checked from here. */
export interface LeaseIdentity {
  /** Host, boot and pid namespace; two processes with the same machine see each other's pids. */
  machine: string;
  pid: number;
  startTime?: string;
  /** Shown in messages. */
  label: string;
}

/** What a waiting ingest knows about the holder. */
export interface LeaseWait {
  holder: string;
  since: string;
  /** How long this process has seen no heartbeat from it. */
  silentMs: number;
  waitedMs: number;
  ttlMs: number;
}

interface LeaseRecord {
  token: string;
  holder: string;
  machine: string;
  pid: number;
  startTime: string;
  since: string;
  beat: number;
  ttlMs: number;
}

const leaseId = "lease";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let thisProcess: LeaseIdentity | undefined;
/** This process: host name, boot id and pid namespace (Linux), pid and start time. */
export function processIdentity(): LeaseIdentity {
  if (thisProcess) return thisProcess;
  const read = (read: () => string) => {
    try {
      return read().trim();
    } catch {
      return "?";
    }
  };
  const boot = read(() => readFileSync("/proc/sys/kernel/random/boot_id", "utf8"));
  const namespace = read(() => readlinkSync("/proc/self/ns/pid"));
  const startTime = processStartTime(process.pid);
  thisProcess = {
    // Without /proc there is no way to tell a dead local holder: the machine is unique, and only the TTL frees a lease.
    machine: boot === "?" || namespace === "?" ? `${hostname()}/${randomUUID()}` : `${hostname()}/${boot}/${namespace}`,
    pid: process.pid,
    ...(startTime ? { startTime } : {}),
    label: `${hostname()} pid ${process.pid}`,
  };
  return thisProcess;
}

function fromMetadata(metadata: Record<string, unknown> | null | undefined): LeaseRecord | undefined {
  if (!metadata || typeof metadata.token !== "string" || metadata.token === "") return undefined;
  return {
    token: metadata.token,
    holder: String(metadata.holder ?? "?"),
    machine: String(metadata.machine ?? ""),
    pid: Number(metadata.pid ?? 0),
    startTime: String(metadata.startTime ?? ""),
    since: String(metadata.since ?? ""),
    beat: Number(metadata.beat ?? 0),
    ttlMs: Number(metadata.ttlMs ?? 30_000),
  };
}

/** A held ingest lease. `IngestLease.acquire` waits for it; `release()` frees it. */
export class IngestLease {
  private beat = 0;
  private timer: NodeJS.Timeout | undefined;
  private lastBeatAt = performance.now();
  private lostReason: string | undefined;
  private beating: Promise<void> | undefined;

  private constructor(
    private readonly records: CompanionCollection,
    readonly token: string,
    private readonly identity: LeaseIdentity,
    readonly ttlMs: number,
    readonly since: string,
  ) {}

  /**
   * Takes the lease of a store's collection, waiting (up to `waitMs`, calling `onWait` at each poll) while another
   * ingest holds it. Resolves once held; fails with INGEST_BUSY when the wait runs out.
   */
  static async acquire(store: ChromaStore, options: IngestLeaseOptions = {}): Promise<IngestLease> {
    return (await IngestLease.claim(store, options)).confirm();
  }

  /**
   * The first half of `acquire`: waits until the lease is free and writes this process's token. `confirm()` then
   * waits out the settle interval and reads it back — work that does not write the store can run in between.
   * `abandon()` gives an unconfirmed claim up.
   */
  static async claim(store: ChromaStore, options: IngestLeaseOptions = {}): Promise<{ confirm(): Promise<IngestLease>; abandon(): Promise<void> }> {
    const records = await store.companion(recordsSuffix);
    const identity = options.identity ?? processIdentity();
    const ttlMs = options.ttlMs ?? 30_000;
    const settleMs = options.settleMs ?? 1000;
    const waitMs = options.waitMs ?? 600_000;
    const pollMs = options.pollMs ?? 1000;
    const started = performance.now();
    /** The lease as last observed, and since when (this process's clock) it has not moved. */
    let observed: { token: string; beat: number; at: number } | undefined;
    /** Tokens of ours whose write came too late to count: treated as another holder's (see below). */
    const abandoned = new Set<string>();

    const readLease = async () => fromMetadata((await records.call(() => records.collection.get({ ids: [leaseId], include: ["metadatas"] as never }))).metadatas[0]);
    const busy = (lease: LeaseRecord, silentMs: number) =>
      new TandemError({
        code: "INGEST_BUSY",
        message: `another ingest holds the lease of ${store.name}: ${lease.holder}, since ${lease.since} (last heartbeat seen ${(silentMs / 1000).toFixed(0)} s ago)`,
        hint:
          waitMs > 0
            ? `waited ${(waitMs / 1000).toFixed(0)} s; run it again when that ingest is done (chroma.lease.waitMs sets the wait)`
            : "run it again when that ingest is done, or set chroma.lease.waitMs to wait for it",
      });

    for (;;) {
      const readAt = performance.now();
      const lease = await readLease();
      if (lease) {
        const now = performance.now();
        if (!observed || observed.token !== lease.token || observed.beat !== lease.beat) observed = { token: lease.token, beat: lease.beat, at: now };
        const silentMs = now - observed.at;
        const sameMachineDead = lease.machine === identity.machine && !processAlive(lease.pid, lease.startTime || undefined);
        // Our own late token: a contender may have confirmed meanwhile; one that did sees our token at its next
        // heartbeat (TTL / 3) and stops. So it is dead once quiet for a heartbeat interval and a settle.
        const deadAfter = abandoned.has(lease.token) ? Math.ceil(lease.ttlMs / 3) + settleMs : lease.ttlMs;
        if (!sameMachineDead && silentMs < deadAfter) {
          const waitedMs = now - started;
          if (waitedMs >= waitMs) throw busy(lease, silentMs);
          options.onWait?.({ holder: lease.holder, since: lease.since, silentMs, waitedMs, ttlMs: lease.ttlMs });
          await sleep(Math.min(pollMs, Math.max(10, waitMs - waitedMs)));
          continue;
        }
      }
      const token = randomUUID();
      const since = new Date().toISOString();
      const record: LeaseRecord = { token, holder: identity.label, machine: identity.machine, pid: identity.pid, startTime: identity.startTime ?? "", since, beat: 0, ttlMs };
      await records.call(() => records.collection.upsert({ ids: [leaseId], embeddings: [placeholderVector], metadatas: [{ kind: "lease", ...record }] }));
      const writtenAt = performance.now();
      if (writtenAt - readAt > settleMs / 2) {
        // Too slow to be sure no one else read the lease free meanwhile: try again.
        abandoned.add(token);
        observed = undefined;
        continue;
      }
      const claimed = new IngestLease(records, token, identity, ttlMs, since);
      return {
        confirm: async () => {
          await sleep(Math.max(0, settleMs - (performance.now() - writtenAt)));
          const now = await readLease();
          if (now?.token === token) {
            claimed.start();
            return claimed;
          }
          // Another contender won: wait for it like for any holder.
          return (await IngestLease.claim(store, { ...options, waitMs: Math.max(0, waitMs - (performance.now() - started)) })).confirm();
        },
        abandon: () => claimed.release(),
      };
    }
  }

  /** Why the lease was lost, once it was (another holder took it over, or heartbeats failed for most of a TTL). */
  get lost(): string | undefined {
    return this.lostReason;
  }

  /** Throws INGEST_BUSY once the lease is lost: the ingest must not write any more. */
  assertHeld(): void {
    if (this.lostReason) {
      throw new TandemError({
        code: "INGEST_BUSY",
        message: `this ingest lost its lease: ${this.lostReason}`,
        hint: "another ingest took over (this process was stalled longer than the lease TTL, or Chroma was unreachable); run the ingest again: it repairs whatever was left",
      });
    }
  }

  /** Stops the heartbeat and frees the lease (if it is still ours). */
  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.beating;
    try {
      const now = fromMetadata((await this.records.call(() => this.records.collection.get({ ids: [leaseId], include: ["metadatas"] as never }))).metadatas[0]);
      if (now?.token !== this.token) return;
      await this.records.call(() => this.records.collection.upsert({ ids: [leaseId], embeddings: [placeholderVector], metadatas: [{ kind: "lease", token: "", holder: "", since: new Date().toISOString() }] }));
    } catch {
      // Chroma unreachable: the lease expires by itself after its TTL.
    }
  }

  private start(): void {
    this.lastBeatAt = performance.now();
    this.timer = setInterval(() => {
      this.beating ??= this.heartbeat().finally(() => {
        this.beating = undefined;
      });
    }, Math.max(50, Math.floor(this.ttlMs / 3)));
    this.timer.unref();
  }

  private async heartbeat(): Promise<void> {
    if (this.lostReason) return;
    try {
      const now = fromMetadata((await this.records.call(() => this.records.collection.get({ ids: [leaseId], include: ["metadatas"] as never }))).metadatas[0]);
      if (now?.token !== this.token) {
        this.lostReason = now ? `${now.holder} holds it since ${now.since}` : "it was released by someone else";
        if (this.timer) clearInterval(this.timer);
        return;
      }
      this.beat += 1;
      const record = { ...now, beat: this.beat };
      await this.records.call(() => this.records.collection.upsert({ ids: [leaseId], embeddings: [placeholderVector], metadatas: [{ kind: "lease", ...record }] }));
      this.lastBeatAt = performance.now();
    } catch (error) {
      if (performance.now() - this.lastBeatAt > (this.ttlMs * 2) / 3) {
        this.lostReason = `no heartbeat could be written for ${((performance.now() - this.lastBeatAt) / 1000).toFixed(0)} s (${(error as Error).message})`;
      }
    }
  }
}
