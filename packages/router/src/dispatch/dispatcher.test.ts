import { RunnableLambda } from "@langchain/core/runnables";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { createRouter } from "../router";
import { createDispatcher, type TargetOutput } from "./dispatcher";

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
