import type { LexicalIndex, LexicalSync } from "./lexical-index";

export interface IndexFollowerOptions {
  /** How often the index version is read from Chroma, in milliseconds. Default 1000. */
  intervalMs?: number;
  /** Staleness bound: `status().stale` once the index was last known current longer ago than this. Default 5000. */
  stalenessMs?: number;
  /** Saves the cache file (when there is one) at most this often while it changes; and on stop. Default 60000. */
  saveIntervalMs?: number;
  /** After a sync that changed the index (re-read or dropped sources). */
  onChange?: (sync: LexicalSync) => void;
  /** A sync failed (Chroma unreachable, …); the next poll tries again. */
  onError?: (error: unknown) => void;
}

/** How current a replica's lexical index is (for health and metrics). */
export interface IndexStatus {
  /** The index epoch and version this process serves. */
  epoch: string;
  version: number;
  /** The latest version seen in Chroma (at `checkedAt`). */
  latestVersion: number;
  /** Time since the index was last known to be current: the start of the last sync that found or made it so. */
  lagMs: number;
  stalenessMs: number;
  /** lagMs is above the staleness bound (Chroma unreachable, or syncs failing). */
  stale: boolean;
  sources: number;
  chunks: number;
  /** Syncs that changed the index since the process started. */
  refreshes: number;
  checkedAt?: string;
  /** Last sync that changed something. */
  refreshedAt?: string;
  lastError?: string;
  /** This process is ingesting (its index is updated in place). */
  ingesting: boolean;
}

/**
 * Keeps a replica's lexical index current: reads the index version from Chroma every `intervalMs` and, when it
 * moved, re-reads the changed sources (`LexicalIndex.sync`, O(changed sources)); the lexical index is then at most
 * about `intervalMs` + one sync behind Chroma's last committed ingest step, which `status()` reports as the lag.
 * `refresh()` syncs at once (after this process's own ingest, say).
 */
export class IndexFollower {
  private stopped = false;
  private loop: Promise<void> | undefined;
  private currentAt = performance.now();
  private latestVersion: number;
  private refreshes = 0;
  private checkedAt: string | undefined;
  private refreshedAt: string | undefined;
  private lastError: string | undefined;
  private savedAt = performance.now();
  private ingestingNow = 0;
  /** Ends the poll loop's wait early (stop). */
  private wake: (() => void) | undefined;

  constructor(
    readonly lexical: LexicalIndex,
    private readonly options: IndexFollowerOptions = {},
  ) {
    this.latestVersion = lexical.version;
  }

  /** Starts polling (the first sync at once). */
  start(): this {
    this.loop ??= (async () => {
      while (!this.stopped) {
        await this.refresh().catch(() => undefined);
        if (this.stopped) break;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.options.intervalMs ?? 1000);
          timer.unref();
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    })();
    return this;
  }

  /** Syncs now (queued behind a running sync or ingest). */
  async refresh(): Promise<LexicalSync> {
    const started = performance.now();
    try {
      const sync = await this.lexical.sync();
      this.currentAt = started;
      this.latestVersion = sync.version;
      this.checkedAt = new Date().toISOString();
      this.lastError = undefined;
      if (sync.mode !== "current") {
        this.refreshes += 1;
        this.refreshedAt = this.checkedAt;
        this.options.onChange?.(sync);
      }
      this.saveIfDue();
      return sync;
    } catch (error) {
      this.lastError = (error as Error).message;
      this.options.onError?.(error);
      throw error;
    }
  }

  /**
   * Runs this process's own ingest: the lexical index is held (no sync interleaves) and reported current while the
   * ingest updates it in place; it is saved afterwards.
   */
  async ingesting<T>(work: () => Promise<T>): Promise<T> {
    this.ingestingNow += 1;
    try {
      return await work();
    } finally {
      this.ingestingNow -= 1;
      this.currentAt = performance.now();
      this.latestVersion = Math.max(this.latestVersion, this.lexical.version);
    }
  }

  status(): IndexStatus {
    const stalenessMs = this.options.stalenessMs ?? 5000;
    const ingesting = this.ingestingNow > 0;
    const lagMs = ingesting ? 0 : performance.now() - this.currentAt;
    return {
      epoch: this.lexical.epoch,
      version: this.lexical.version,
      latestVersion: Math.max(this.latestVersion, this.lexical.version),
      lagMs: Math.round(lagMs),
      stalenessMs,
      stale: lagMs > stalenessMs,
      sources: this.lexical.sources().length,
      chunks: this.lexical.size,
      refreshes: this.refreshes,
      ingesting,
      ...(this.checkedAt ? { checkedAt: this.checkedAt } : {}),
      ...(this.refreshedAt ? { refreshedAt: this.refreshedAt } : {}),
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  /** Stops polling and saves the cache file if the index changed since it was last saved. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    await this.lexical.exclusive(async () => {
      if (this.lexical.unsaved) this.lexical.save();
    });
  }

  private saveIfDue(): void {
    if (!this.lexical.unsaved || performance.now() - this.savedAt < (this.options.saveIntervalMs ?? 60_000)) return;
    this.savedAt = performance.now();
    try {
      this.lexical.save();
    } catch (error) {
      // The cache is only a cache (its directory may have been deleted): the next save tries again.
      this.lastError = `could not save the lexical cache: ${(error as Error).message}`;
    }
  }
}
