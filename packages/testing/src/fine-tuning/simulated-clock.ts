/** A clock the simulation controls: Unix seconds that move only when a tick happens (deterministic tests). */
export class SimulatedClock {
  private seconds: number;

  /** @param start Unix seconds of the first reading. Default 2026-01-01T00:00:00Z. */
  constructor(start = 1_767_225_600) {
    this.seconds = start;
  }

  now(): number {
    return this.seconds;
  }

  /** Moves the clock forward. */
  advance(seconds: number): void {
    this.seconds += seconds;
  }
}
