/** A clock the simulation controls: Unix seconds that move only when a tick happens (deterministic tests). */
export class SimulatedClock {
  private seconds: number;

  /**
   * @param start Unix seconds of the first reading. Default: the wall clock when the simulation starts, so
   * `created_at` is near the client's own time as with a real provider (clients compare the two).
   */
  constructor(start = Math.floor(Date.now() / 1000)) {
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
