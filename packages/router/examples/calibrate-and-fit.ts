// Zero-config routing calibrated from a deployment's own data, with freshness, costs and a budget; then fitting
// the policy on a few labelled queries with cross-validation. No Tandem app, no index server: an in-memory probe.
import type { SearchHit } from "@tandem/core";
import { analyzeText } from "@tandem/text";
import { calibrateRouter, createRouter, type EvidenceProbe } from "@tandem/router";
import { crossValidate, formatRoutingReport } from "@tandem/router/evaluation";

const trainingPrompts = ["Ana", "Bo", "Chen", "Dee", "Eli", "Fay"].flatMap((name, index) => [
  `Triage this ticket: "the nightly export stalls at ${40 + index}% — ${name}"`,
  `Write a reply to this customer: "I was charged twice in ${["May", "June"][index % 2]}. — ${name}"`,
]);
const corpus = [
  "# Pricing\nUpdated: 2026-10-01\nEgress in eu-west-1 costs $0.09 per GB since 2026-10-01. Storage costs $0.25 per GB-month.",
  "# Backups\nUpdated: 2026-03-01\nDaily backups are kept for 7 days on Starter and 30 days on Pro.",
  "# Regions\nUpdated: 2026-09-15\nProjects run in us-east-1, eu-west-1 and sa-east-1 (São Paulo, since 2026-09-15).",
];
// Any retriever will do: here, term overlap over the three documents.
const probe: EvidenceProbe = async (query, { k }) => {
  const wanted = new Set(analyzeText(query));
  return corpus
    .map((text, index): SearchHit => {
      const terms = analyzeText(text);
      const score = terms.filter((term) => wanted.has(term)).length / Math.sqrt(terms.length * Math.max(wanted.size, 1));
      return { id: `doc-${index}`, score, source: `doc-${index}.md`, text, metadata: { source: `doc-${index}.md`, spanStart: 0, spanEnd: text.length, chunkIndex: 0, sourceHash: "-" } };
    })
    .sort((left, right) => right.score - left.score)
    .slice(0, k);
};

const calibration = await calibrateRouter({ trainingPrompts, corpusTexts: corpus, corpusDates: ["2026-10-01", "2026-03-01", "2026-09-15"], evidence: probe, cutoff: "2026-06-30" });
const router = createRouter({ trainingPrompts, evidence: probe, calibration, config: { costs: { both: 0.05 }, budget: { route: "both", maxShare: 0.1 } } });
console.log(`budget: at most 10% to both, threshold ${router.budget?.threshold.toFixed(3)} (calibrated on ${router.budget?.calibration?.sampleSize} synthetic queries)`);

const labelled = [
  { query: 'Triage this ticket: "exports time out at noon — Gus"', route: "tuned" as const },
  { query: 'Write a reply to this customer: "my invoice shows two charges — Hal"', route: "tuned" as const },
  { query: 'Triage this ticket: "the dashboard is blank — Ivy"', route: "tuned" as const },
  { query: "How much does egress in eu-west-1 cost?", route: "rag" as const },
  { query: "How long are daily backups kept on Pro?", route: "rag" as const },
  { query: "Which regions can projects run in?", route: "rag" as const },
  { query: "Write a reply to a customer asking what egress in eu-west-1 costs now", route: "both" as const },
  { query: "Write a reply to a customer asking how long Pro backups are kept", route: "both" as const },
  { query: "Write a reply to a customer asking whether São Paulo is available", route: "both" as const },
];
for (const { query } of labelled.slice(-3)) {
  const decision = await router.decide({ query });
  const freshness = decision.signals.find((signal) => signal.name === "freshness");
  console.log(`${decision.route.padEnd(5)} ${query}\n      freshness ${freshness?.value} (${freshness?.verdict}); ${decision.reasons.slice(-2).join("; ")}`);
}

const items = [];
for (const item of labelled) items.push({ ...item, features: await router.features(item.query) });
const report = crossValidate(items, { folds: 3 });
console.log(`\n3-fold cross-validation on ${items.length} labelled queries:\n${formatRoutingReport(report.pooled)}`);
