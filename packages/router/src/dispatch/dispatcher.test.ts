import { dispatchCustomEvent } from "@langchain/core/callbacks/dispatch";
import { RunnableLambda } from "@langchain/core/runnables";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { createRouter } from "../router";
import { createDispatcher } from "./dispatcher";
import type { DeltaEvent, DispatchEvent, DoneEvent } from "./dispatch-events";
import { streamingTarget, type TargetOutput } from "./target";
import { fakeTarget } from "./targets.test-helper";

const answer = (text: string): TargetOutput => ({ text, citations: [] });
const router = createRouter({ config: { rules: [{ name: "all", route: "tuned", pattern: "." }] } });

describe("createDispatcher", () => {
  it("runs the decided route and records the decision and trace", async () => {
    const dispatcher = createDispatcher({
      router,
      targets: { tuned: RunnableLambda.from(async () => answer("from tuned")), rag: RunnableLambda.from(async () => answer("from rag")) },
    });
    const result = await dispatcher.invoke({ query: "hello" });
    expect(result).toMatchObject({ text: "from tuned", route: "tuned", decision: { route: "tuned" } });
    expect(result.trace.map((event) => event.type)).toEqual(["route-decided", "target-started", "target-finished"]);
    expect(result.fallback).toBeUndefined();
  });

  it("falls back to the other target when one fails, and the trace says so", async () => {
    const dispatcher = createDispatcher({
      router,
      targets: {
        tuned: RunnableLambda.from(async (): Promise<TargetOutput> => {
          throw new Error("upstream 500");
        }),
        rag: RunnableLambda.from(async () => answer("from rag")),
      },
    });
    const result = await dispatcher.invoke({ query: "hello" });
    expect(result.route).toBe("rag");
    expect(result.fallback).toEqual({ from: "tuned", to: "rag", reason: "upstream 500" });
    expect(result.trace.map((event) => event.type)).toContain("fallback-used");
  });

  it("treats a timed-out target as failed", async () => {
    const dispatcher = createDispatcher({
      router,
      timeoutMs: 50,
      targets: {
        tuned: RunnableLambda.from(() => new Promise<TargetOutput>((resolve) => setTimeout(() => resolve(answer("late")), 1000))),
        rag: RunnableLambda.from(async () => answer("on time")),
      },
    });
    const result = await dispatcher.invoke({ query: "hello" });
    expect(result.text).toBe("on time");
    expect(result.fallback?.reason).toMatch(/timed out after 50 ms/);
  });

  it("honours a forced route and fails clearly when every target fails", async () => {
    const failing = RunnableLambda.from(async (): Promise<TargetOutput> => {
      throw new Error("down");
    });
    const dispatcher = createDispatcher({ router, targets: { tuned: failing, rag: failing } });
    const error = await dispatcher.invoke({ query: "q", route: "rag" }).catch((caught: unknown) => caught);
    expect(TandemError.isInstance(error)).toBe(true);
    expect((error as TandemError).code).toBe("TARGET_FAILED");
    expect((error as TandemError).message).toMatch(/rag: down; tuned: down/);
  });
});

describe("streaming", () => {
  const collect = async (events: AsyncIterable<DispatchEvent>) => {
    const list: DispatchEvent[] = [];
    for await (const event of events) list.push(event);
    return list;
  };

  it("sends the decision first, then deltas that each carry the route, then the answer — via stream() and events()", async () => {
    const tuned = fakeTarget("The tuned model answers in several word pieces.");
    const dispatcher = createDispatcher({ router, targets: { tuned: tuned.runnable, rag: fakeTarget("rag").runnable } });
    for (const events of [await collect(await dispatcher.stream({ query: "hello" })), await collect(dispatcher.events({ query: "hello" }))]) {
      expect(events[0]).toMatchObject({ type: "route", route: "tuned", forced: false, decision: { route: "tuned" } });
      const deltas = events.filter((event): event is DeltaEvent => event.type === "delta");
      expect(deltas.length).toBe(8);
      expect(deltas.every((event) => event.route === "tuned")).toBe(true);
      const done = events.at(-1) as DoneEvent;
      expect(done.type).toBe("done");
      expect(deltas.map((event) => event.text).join("")).toBe(done.text);
      expect(done.text).toBe("The tuned model answers in several word pieces.");
      expect(done.usage).toEqual({ inputTokens: 10, outputTokens: 8 });
      expect(done.timings.firstDeltaMs).toBeGreaterThanOrEqual(0);
      expect(events.map((event) => event.type).filter((type, index, all) => all.indexOf(type) === index)).toEqual(["route", "delta", "done"]);
    }
  });

  it("a target that fails before any text falls back, announced by a fallback event; deltas carry the serving route", async () => {
    const dispatcher = createDispatcher({ router, targets: { tuned: fakeTarget("", { fail: "HTTP 500" }).runnable, rag: fakeTarget("from rag with citations").runnable } });
    const events = await collect(dispatcher.events({ query: "hello" }));
    expect(events.map((event) => event.type).slice(0, 2)).toEqual(["route", "fallback"]);
    expect(events[1]).toEqual({ type: "fallback", route: "rag", from: "tuned", reason: "HTTP 500" });
    expect(events.filter((event) => event.type === "delta").every((event) => event.route === "rag")).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: "done", route: "rag", fallback: { from: "tuned", to: "rag" } });
  });

  it("a stream cut mid-answer is an error, never a second answer appended to half of the first", async () => {
    const rag = fakeTarget("rag answer");
    const dispatcher = createDispatcher({ router, targets: { tuned: fakeTarget("one two three four", { failAfterPieces: 2 }).runnable, rag: rag.runnable } });
    const events: DispatchEvent[] = [];
    const error = await (async () => {
      for await (const event of dispatcher.events({ query: "hello" })) events.push(event);
    })().catch((caught: unknown) => caught);
    expect(TandemError.isInstance(error) && error.code).toBe("TARGET_FAILED");
    expect((error as Error).message).toMatch(/after part of its answer was streamed/);
    expect(events.filter((event) => event.type === "delta").map((event) => (event as DeltaEvent).text).join("")).toBe("one two ");
    expect(rag.calls).toHaveLength(0);
    // Not streamed to anyone, the same failure falls back.
    const answer = await dispatcher.invoke({ query: "hello" });
    expect(answer).toMatchObject({ route: "rag", text: "rag answer", fallback: { from: "tuned", reason: "stream cut" } });
  });

  it("fallback: false runs only the chosen target", async () => {
    const rag = fakeTarget("rag");
    const dispatcher = createDispatcher({ router, targets: { tuned: fakeTarget("", { fail: "down" }).runnable, rag: rag.runnable } });
    const error = await dispatcher.invoke({ query: "hello", fallback: false }).catch((caught: unknown) => caught);
    expect((error as TandemError).code).toBe("TARGET_FAILED");
    expect(rag.calls).toHaveLength(0);
  });

  it("passes the conversation to the targets and routes its condensed last turn", async () => {
    const tuned = fakeTarget("ok");
    const dispatcher = createDispatcher({ router, targets: { tuned: tuned.runnable } });
    const history = [
      { role: "user" as const, content: "How long are daily backups kept on Enterprise?" },
      { role: "assistant" as const, content: "30 days.", route: "tuned" as const },
    ];
    const answer = await dispatcher.invoke({ query: "and for Pro?", history });
    expect(answer.conversation).toMatchObject({ original: "and for Pro?", standalone: "How long are daily backups kept on Pro?", followUp: true, condensedBy: "rules", previousRoute: "tuned" });
    expect(tuned.calls[0]).toEqual({ query: "How long are daily backups kept on Pro?", history });
    expect(answer.trace.map((event) => event.type)).toContain("conversation-condensed");
  });
});

describe("circuit breaker in the dispatcher", () => {
  it("opens after repeated failures (the target is then skipped), half-opens after the cool-down, and closes on a good probe", async () => {
    let now = 0;
    let failing = true;
    let tunedCalls = 0;
    const tuned = RunnableLambda.from(async (): Promise<TargetOutput> => {
      tunedCalls += 1;
      if (failing) throw new Error("upstream 503");
      return answer("tuned is back");
    });
    const breakerRouter = createRouter({ config: { rules: [{ name: "all", route: "tuned", pattern: "." }], fallback: { failures: 2, windowMs: 10_000, coolDownMs: 5_000 } } });
    const dispatcher = createDispatcher({ router: breakerRouter, targets: { tuned, rag: RunnableLambda.from(async () => answer("from rag")) }, now: () => now });
    const types = async () => (await dispatcher.invoke({ query: "q" })).trace.map((event) => event.type);

    expect(await types()).toEqual(["route-decided", "target-started", "target-failed", "target-started", "target-finished", "fallback-used"]);
    now = 1_000;
    expect(await types()).toContain("circuit-opened");
    expect(dispatcher.circuits().tuned).toMatchObject({ state: "open", failures: 2 });
    now = 2_000;
    const skipped = await dispatcher.invoke({ query: "q" });
    expect(skipped.trace.map((event) => event.type)).toEqual(["route-decided", "circuit-skipped", "target-started", "target-finished", "fallback-used"]);
    expect(skipped.fallback?.reason).toMatch(/circuit open/);
    expect(tunedCalls).toBe(2);

    now = 7_000; // cool-down over: one probe; it fails, so the circuit opens again
    expect(await types()).toEqual(["route-decided", "circuit-half-open", "target-started", "target-failed", "circuit-opened", "target-started", "target-finished", "fallback-used"]);
    expect(tunedCalls).toBe(3);
    now = 13_000;
    failing = false;
    const probe = await dispatcher.invoke({ query: "q" });
    expect(probe.trace.map((event) => event.type)).toEqual(["route-decided", "circuit-half-open", "target-started", "circuit-closed", "target-finished"]);
    expect(probe.text).toBe("tuned is back");
    expect(dispatcher.circuits().tuned.state).toBe("closed");
  });
});

describe("trace", () => {
  it("records the LangChain custom events a target dispatches (e.g. retrieval-finished), streaming or not", async () => {
    const rag = streamingTarget(async function* (_input, config) {
      await dispatchCustomEvent("retrieval-finished", { hits: 2 }, config);
      yield { text: "from rag" };
      yield { citations: [] };
    });
    const ruleRag = createRouter({ config: { rules: [{ name: "all", route: "rag", pattern: "." }] } });
    const dispatcher = createDispatcher({ router: ruleRag, targets: { rag } });
    const invoked = await dispatcher.invoke({ query: "q" });
    expect(invoked.trace.map((event) => event.type)).toEqual(["route-decided", "target-started", "retrieval-finished", "target-finished"]);
    expect(invoked.trace[2]?.data).toEqual({ hits: 2 });
    const events = [];
    for await (const event of dispatcher.events({ query: "q" })) events.push(event);
    expect((events.at(-1) as DoneEvent).trace.map((event) => event.type)).toContain("retrieval-finished");
  });
});
