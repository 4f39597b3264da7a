// Stream an answer (the route comes first), execute "both" as a cascade, and route a conversation — with
// plain streaming Runnables, no Tandem app.
import { createDispatcher, createRouter, streamingTarget } from "@tandem/router";

const router = createRouter({
  trainingPrompts: ["Triage this ticket: the dashboard is blank", "Triage this ticket: invoices are wrong"],
  config: { rules: [{ name: "drafts", route: "both", keywords: ["draft"] }], both: { strategy: "cascade" } },
});
// The "tuned model" hedges on drafts; the "RAG chain" answers from one source and cites it.
const tuned = streamingTarget(async function* ({ query }) {
  const text = query.startsWith("Draft") ? "I'm not sure what to write." : "Severity: P2. Component: billing.";
  for (const word of text.split(/(?<= )/)) yield { text: word };
  yield { citations: [] };
});
const source = { source: "docs/pricing.md", text: "Egress costs $0.09 per GB." };
const rag = streamingTarget(async function* () {
  for (const word of ["Egress ", "costs ", "$0.09 ", "per ", "GB. ", "[1]"]) yield { text: word };
  yield { citations: [{ marker: 1, source: source.source, chunkId: "pricing#0", span: { start: 0, end: 26 }, quote: source.text }], sources: [source] };
});
const dispatcher = createDispatcher({ router, targets: { tuned, rag } });

// 1. Streaming: the decision first, then text deltas (each carries the route), then the answer.
for await (const event of dispatcher.events({ query: "Draft a note about egress pricing" })) {
  if (event.type === "route") console.log(`[route: ${event.route}] ${event.decision?.reasons[0]}`);
  if (event.type === "delta") process.stdout.write(event.text);
  if (event.type === "done") console.log(`\n${event.execution?.strategy}: ${event.execution?.reason}`);
}

// 2. Multi-turn: a follow-up is condensed with its context and stays on the conversation's route.
const history = [
  { role: "user" as const, content: "Triage this ticket: invoices are wrong" },
  { role: "assistant" as const, content: "Severity: P2." },
];
const followUp = await dispatcher.invoke({ query: "Why?", history });
console.log(`${followUp.route} — answered as "${followUp.conversation?.standalone}" — ${followUp.decision?.reasons.at(-1)}`);
