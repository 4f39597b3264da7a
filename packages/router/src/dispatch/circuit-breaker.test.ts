import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "./circuit-breaker";

describe("CircuitBreaker", () => {
  it("opens after N consecutive failures within the window only", () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failures: 3, windowMs: 1_000, coolDownMs: 500, now: () => now });
    breaker.failure();
    now = 600;
    breaker.failure();
    now = 1_200; // the first failure left the window
    expect(breaker.failure()).toBeUndefined();
    expect(breaker.state()).toBe("closed");
    expect(breaker.failure()).toBe("opened");
    expect(breaker.acquire()).toEqual({ allowed: false, retryInMs: 500 });
  });

  it("a success resets the count", () => {
    const breaker = new CircuitBreaker({ failures: 2, now: () => 0 });
    breaker.failure();
    breaker.success();
    expect(breaker.failure()).toBeUndefined();
    expect(breaker.status()).toEqual({ state: "closed", failures: 1 });
  });

  it("half-opens after the cool-down with one probe at a time; the probe decides", () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failures: 1, coolDownMs: 100, now: () => now });
    expect(breaker.failure()).toBe("opened");
    now = 100;
    expect(breaker.state()).toBe("half-open");
    expect(breaker.acquire()).toEqual({ allowed: true, probe: true });
    expect(breaker.acquire().allowed).toBe(false);
    expect(breaker.failure()).toBe("opened");
    expect(breaker.state()).toBe("open");
    now = 250;
    breaker.acquire();
    breaker.cancel(); // a cancelled probe frees the slot
    expect(breaker.acquire()).toEqual({ allowed: true, probe: true });
    expect(breaker.success()).toBe("closed");
    expect(breaker.acquire()).toEqual({ allowed: true, probe: false });
  });
});
