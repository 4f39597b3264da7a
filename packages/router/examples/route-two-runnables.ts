// Route between two plain Runnables — no Tandem app, no index: rules plus the tuned model's training prompts.
import { RunnableLambda } from "@langchain/core/runnables";
import { createDispatcher, createRouter, type TargetOutput } from "@tandem/router";

const router = createRouter({
  trainingPrompts: ["Triage this ticket: the dashboard is blank", "Triage this ticket: invoices are wrong", "Review this query: SELECT 1"],
  config: { rules: [{ name: "prices", route: "rag", keywords: ["price", "cost"] }] },
});
const tuned = RunnableLambda.from(async ({ query }: { query: string }): Promise<TargetOutput> => ({ text: `tuned: ${query}`, citations: [] }));
const rag = RunnableLambda.from(async ({ query }: { query: string }): Promise<TargetOutput> => ({ text: `rag: ${query}`, citations: [] }));
const dispatcher = createDispatcher({ router, targets: { tuned, rag } });

for (const query of ["What does egress cost?", "Triage this ticket: exports stall at 40%"]) {
  const result = await dispatcher.invoke({ query });
  console.log(result.route, "—", result.decision?.reasons[0], "→", result.text);
}
