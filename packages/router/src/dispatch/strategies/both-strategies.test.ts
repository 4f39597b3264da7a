import type { RouteDecision } from "@tandem/core";
import { describe, expect, it } from "vitest";
import type { BothStrategy } from "../../config/execution-config";
import { createRouter } from "../../router";
import type { DeltaEvent, DispatchEvent, DoneEvent } from "../dispatch-events";
import { createDispatcher } from "../dispatcher";
import { citation, fakeTarget, type FakeTargetOptions } from "../targets.test-helper";
import { fusionSeparator } from "./parallel-fuse";

const sources = [{ source: "corpus/pricing.md", text: "Egress in eu-west-1 costs $0.09 per GB since 2026-10-01. Storage costs $0.25 per GB-month." }];
const ragText = "Egress in eu-west-1 costs $0.09 per GB since 2026-10-01. [1]";
const ragCitations = [citation(1, "corpus/pricing.md", "Egress in eu-west-1 costs $0.09 per GB since 2026-10-01.")];

function setup(strategy: BothStrategy, tunedText: string, tunedOptions: FakeTargetOptions = {}, ragOptions: FakeTargetOptions = {}, extra: { retrieve?: boolean; hedges?: string[]; minConfidence?: number } = {}) {
  const both = { strategy, ...(extra.hedges ? { hedges: extra.hedges } : {}), ...(extra.minConfidence === undefined ? {} : { minConfidence: extra.minConfidence }) };
  const router = createRouter({ config: { rules: [{ name: "all", route: "both", pattern: "." }], both } });
  const tuned = fakeTarget(tunedText, tunedOptions);
  const rag = fakeTarget(ragText, { citations: ragCitations, sources, ...ragOptions });
  const ragOnTuned = fakeTarget("rag-on-tuned answer");
  const dispatcher = createDispatcher({
    router,
    targets: { tuned: tuned.runnable, rag: rag.runnable, both: ragOnTuned.runnable },
    ...(extra.retrieve ? { retrieve: async () => sources.map((entry, index) => ({ id: `c${index}`, score: 1, source: entry.source, text: entry.text, metadata: { source: entry.source, spanStart: 0, spanEnd: 1, chunkIndex: 0, sourceHash: "h" } })) } : {}),
    timeoutMs: 500,
  });
  return { dispatcher, tuned, rag };
}

/** Every event with the time it reached the consumer. */
async function timed(events: AsyncIterable<DispatchEvent>): Promise<{ event: DispatchEvent; at: number }[]> {
  const list: { event: DispatchEvent; at: number }[] = [];
  for await (const event of events) list.push({ event, at: performance.now() });
  return list;
}

const deltasOf = (list: { event: DispatchEvent }[]) => list.map((entry) => entry.event).filter((event): event is DeltaEvent => event.type === "delta");
const doneOf = (list: { event: DispatchEvent }[]) => list.at(-1)?.event as DoneEvent;

describe("both: rag-on-tuned (default)", () => {
  it("runs the both target and says so", async () => {
    const { dispatcher, tuned, rag } = setup("rag-on-tuned", "unused");
    const answer = await dispatcher.invoke({ query: "q" });
    expect(answer).toMatchObject({ route: "both", text: "rag-on-tuned answer", execution: { strategy: "rag-on-tuned", chosen: "both" } });
    expect(tuned.calls.length + rag.calls.length).toBe(0);
  });
});

describe("both: cascade", () => {
  it("holds the tuned answer back until it passes, then releases it — nothing streams before the tuned model finished", async () => {
    const { dispatcher, tuned, rag } = setup("cascade", "Egress in eu-west-1 costs $0.09 per GB.", { delayMs: 5 }, {}, { retrieve: true });
    const list = await timed(dispatcher.events({ query: "q" }));
    const finished = tuned.finishedAt[0] as number;
    const deltas = list.filter((entry) => entry.event.type === "delta");
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.every((entry) => entry.at >= finished)).toBe(true);
    const done = doneOf(list);
    expect(done).toMatchObject({ route: "both", text: "Egress in eu-west-1 costs $0.09 per GB.", execution: { strategy: "cascade", chosen: "tuned", escalated: false, groundedness: { tuned: 1 } } });
    expect(deltasOf(list).map((event) => event.text).join("")).toBe(done.text);
    expect(rag.calls).toHaveLength(0);
  });

  it("escalates on a hedge: only the RAG answer is ever streamed", async () => {
    const { dispatcher, rag } = setup("cascade", "I'm not sure, but egress is probably free.", { delayMs: 2 });
    const list = await timed(dispatcher.events({ query: "q" }));
    const done = doneOf(list);
    expect(done.execution).toMatchObject({ strategy: "cascade", chosen: "rag", escalated: true });
    expect(done.execution?.reason).toMatch(/hedges \("I'm not sure"\)/);
    expect(deltasOf(list).map((event) => event.text).join("")).toBe(ragText);
    expect(deltasOf(list).every((event) => event.route === "both")).toBe(true);
    expect(done.citations).toEqual(ragCitations);
    expect(done.trace.map((event) => event.type)).toEqual(expect.arrayContaining(["cascade-started", "cascade-escalated"]));
    expect(done.usage).toEqual({ inputTokens: 20, outputTokens: 18 });
    expect(rag.calls).toHaveLength(1);
  });

  it("escalates on unsupported content, low confidence and configured hedge phrases", async () => {
    const unsupported = setup("cascade", "Our mascot is a purple llama named Greg.", {}, {}, { retrieve: true });
    expect((await unsupported.dispatcher.invoke({ query: "q" })).execution?.reason).toMatch(/the tuned answer has only 0% of its content words in the retrieved sources/);
    const unsure = setup("cascade", "Egress costs $0.09 per GB.", { confidence: 0.05 }, {}, { minConfidence: 0.2 });
    expect((await unsure.dispatcher.invoke({ query: "q" })).execution?.reason).toMatch(/the tuned answer has confidence 0\.05, below 0\.20/);
    const offByDefault = setup("cascade", "Egress costs $0.09 per GB.", { confidence: 0.05 });
    expect((await offByDefault.dispatcher.invoke({ query: "q" })).execution).toMatchObject({ chosen: "tuned", escalated: false });
    const custom = setup("cascade", "Please contact support for this one.", {}, {}, { hedges: ["contact support"] });
    expect((await custom.dispatcher.invoke({ query: "q" })).execution).toMatchObject({ chosen: "rag", escalated: true });
  });

  it("escalates when the tuned model fails, and serves the held-back tuned answer when the escalation fails", async () => {
    const tunedDown = setup("cascade", "x", { fail: "HTTP 500" });
    expect((await tunedDown.dispatcher.invoke({ query: "q" })).execution?.reason).toMatch(/escalated to rag: the tuned model failed \(HTTP 500\)/);
    const ragDown = setup("cascade", "I don't know the egress price.", {}, { fail: "chroma down" });
    const answer = await ragDown.dispatcher.invoke({ query: "q" });
    expect(answer).toMatchObject({ text: "I don't know the egress price.", fallback: { from: "rag", to: "tuned" }, execution: { chosen: "tuned", escalated: true } });
  });
});

describe("both: parallel-fuse", () => {
  it("runs both concurrently; a supported tuned answer leads and the RAG answer's citations follow (fused)", async () => {
    const { dispatcher, tuned, rag } = setup("parallel-fuse", "Egress in eu-west-1 costs $0.09 per GB. ", { delayMs: 10 }, { delayMs: 10 });
    const list = await timed(dispatcher.events({ query: "q" }));
    expect(Math.max(...tuned.startedAt, ...rag.startedAt)).toBeLessThan(Math.min(...tuned.finishedAt, ...rag.finishedAt));
    const done = doneOf(list);
    expect(done.execution).toMatchObject({ strategy: "parallel-fuse", chosen: "fused", groundedness: { tuned: 1, rag: 1 } });
    expect(done.text).toBe(`Egress in eu-west-1 costs $0.09 per GB.${fusionSeparator}${ragText}`);
    expect(deltasOf(list).map((event) => event.text).join("")).toBe(done.text);
    expect(done.citations).toEqual(ragCitations);
    expect(done.usage?.inputTokens).toBe(20);
    expect(list[0]?.event.type).toBe("route");
  });

  it("chooses the RAG answer when the tuned answer is not supported by the sources, and says why", async () => {
    const { dispatcher } = setup("parallel-fuse", "Egress is free for everyone on weekends in Atlantis.");
    const answer = await dispatcher.invoke({ query: "q" });
    expect(answer).toMatchObject({ text: ragText, citations: ragCitations, execution: { chosen: "rag" } });
    expect(answer.execution?.reason).toMatch(/the tuned answer has only \d+% of its content words/);
    expect(answer.execution?.groundedness?.tuned).toBeLessThan(0.5);
  });

  it("keeps the tuned answer when the RAG chain abstains or fails, and the RAG answer when the tuned model times out", async () => {
    const abstains = setup("parallel-fuse", "Triage: P2, component pooler.", {}, { abstained: true });
    expect(await abstains.dispatcher.invoke({ query: "q" })).toMatchObject({ text: "Triage: P2, component pooler.", citations: [], execution: { chosen: "tuned" } });
    const ragFails = setup("parallel-fuse", "Triage: P2.", {}, { fail: "chroma down" });
    expect((await ragFails.dispatcher.invoke({ query: "q" })).execution?.reason).toMatch(/RAG chain failed \(chroma down\)/);
    const slow = setup("parallel-fuse", "too late", { delayMs: 2_000 });
    const answer = await slow.dispatcher.invoke({ query: "q" });
    expect(answer.execution).toMatchObject({ chosen: "rag" });
    expect(answer.execution?.reason).toMatch(/timed out after 500 ms/);
    expect(answer.trace.find((event) => event.type === "target-failed")?.data).toMatchObject({ route: "tuned" });
  });

  it("records the decision that chose both", async () => {
    const { dispatcher } = setup("parallel-fuse", "x");
    const answer = await dispatcher.invoke({ query: "q" });
    expect((answer.decision as RouteDecision).route).toBe("both");
  });
});
