/** `closed`: requests flow. `open`: the target is skipped. `half-open`: one probe request may go through. */
export type CircuitState = "closed" | "open" | "half-open";

export interface CircuitBreakerOptions {
  /** Consecutive failures (within `windowMs`) that open the circuit. Default 3. */
  failures?: number;
  /** Failures older than this no longer count, in milliseconds. Default 60000. */
  windowMs?: number;
  /** How long an open circuit skips its target before letting one probe through, in milliseconds. Default 30000. */
  coolDownMs?: number;
  /** Clock in milliseconds. Default Date.now. */
  now?: () => number;
}

/** May a request go to the target now? */
export type CircuitPermit = { allowed: true; probe: boolean } | { allowed: false; retryInMs: number };

/** A snapshot for health endpoints and traces. */
export interface CircuitStatus {
  state: CircuitState;
  /** Consecutive failures currently counted. */
  failures: number;
  /** Milliseconds until an open circuit lets a probe through. */
  retryInMs?: number;
}

/**
 * A circuit breaker for one target: after `failures` consecutive failures within `windowMs`, the target is
 * skipped for `coolDownMs`; then one probe request is let through (half-open) — its success closes the circuit,
 * its failure opens it again for another cool-down.
 */
export class CircuitBreaker {
  private failureTimes: number[] = [];
  private openedAt: number | undefined;
  private probing = false;
  private settings: Required<Omit<CircuitBreakerOptions, "now">>;
  private readonly now: () => number;

  constructor(options: CircuitBreakerOptions = {}) {
    this.now = options.now ?? Date.now;
    this.settings = { failures: 3, windowMs: 60_000, coolDownMs: 30_000 };
    this.configure(options);
  }

  /** Changes the thresholds (e.g. after a config reload), keeping the current state. */
  configure(options: CircuitBreakerOptions): void {
    this.settings = {
      failures: options.failures ?? this.settings.failures,
      windowMs: options.windowMs ?? this.settings.windowMs,
      coolDownMs: options.coolDownMs ?? this.settings.coolDownMs,
    };
  }

  state(): CircuitState {
    if (this.openedAt === undefined) return "closed";
    return this.now() < this.openedAt + this.settings.coolDownMs ? "open" : "half-open";
  }

  status(): CircuitStatus {
    const state = this.state();
    return {
      state,
      failures: this.recentFailures().length,
      ...(state === "open" && this.openedAt !== undefined ? { retryInMs: this.openedAt + this.settings.coolDownMs - this.now() } : {}),
    };
  }

  /** Asks to send a request. In half-open state only one probe is in flight at a time. */
  acquire(): CircuitPermit {
    const state = this.state();
    if (state === "closed") return { allowed: true, probe: false };
    if (state === "half-open" && !this.probing) {
      this.probing = true;
      return { allowed: true, probe: true };
    }
    const retryInMs = state === "open" && this.openedAt !== undefined ? this.openedAt + this.settings.coolDownMs - this.now() : 0;
    return { allowed: false, retryInMs: Math.max(0, retryInMs) };
  }

  /** The request succeeded; returns "closed" when this closed an open circuit. */
  success(): "closed" | undefined {
    const wasOpen = this.openedAt !== undefined;
    this.failureTimes = [];
    this.openedAt = undefined;
    this.probing = false;
    return wasOpen ? "closed" : undefined;
  }

  /** The request failed; returns "opened" when this opened the circuit (or re-opened it after a failed probe). */
  failure(): "opened" | undefined {
    const now = this.now();
    if (this.probing) {
      this.probing = false;
      this.openedAt = now;
      return "opened";
    }
    this.failureTimes = [...this.recentFailures(), now];
    if (this.openedAt === undefined && this.failureTimes.length >= this.settings.failures) {
      this.openedAt = now;
      return "opened";
    }
    return undefined;
  }

  /** The request was cancelled by the caller: it counts neither way (a probe slot is released). */
  cancel(): void {
    this.probing = false;
  }

  private recentFailures(): number[] {
    const since = this.now() - this.settings.windowMs;
    return this.failureTimes.filter((time) => time > since);
  }
}
