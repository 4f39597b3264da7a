// A tiny deployment for router tests: training prompts of two task families, a corpus, and an in-memory
// lexical probe over the corpus (so tests need no Chroma).
import type { SearchHit } from "@tandem/core";
import { analyzeText } from "@tandem/text";
import type { EvidenceProbe } from "./signals/evidence";

const customers = ["Ana", "Bo", "Chen", "Dee", "Eli", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lu"];
const problems = [
  "our nightly export job stalls at 40 percent",
  "the dashboard shows a blank page after login",
  "we were charged twice for the same invoice",
  "queries from the reporting app time out at noon",
  "a teammate cannot accept the invitation email",
  "the staging copy is missing yesterday's rows",
];

export const trainingPrompts = [
  ...customers.map((name, index) => `Triage this ticket: "${problems[index % problems.length]} — ${name}"`),
  ...customers.map((name, index) => `Write a reply to this customer: "${problems[(index + 3) % problems.length]}, please help. ${name}"`),
];

export const corpus = [
  "# Pricing\nEgress in eu-west-1 costs $0.09 per GB since 2026-10-01. Storage costs $0.25 per GB-month.",
  "# Backups\nDaily backups are kept for 7 days on Starter and 30 days on Pro. Restores take minutes.",
  "# Regions\nProjects run in us-east-1, eu-west-1 and ap-south-1. Tokyo opens in 2027.",
  "# Incident 2026-08-19\nPooled connections failed in eu-west-1 for 42 minutes after a certificate rotation.",
  "# CLI 2.15\nThe kestrel CLI 2.15 adds branch diff and drops the legacy login flag.",
  "# Read replicas\nPro projects can have up to five read replicas in any region.",
];

/** Lexical overlap search over the corpus, best first (honours the abort signal). */
export const probe: EvidenceProbe = async (query, options) => {
  options.signal?.throwIfAborted();
  const wanted = new Set(analyzeText(query));
  const hits: SearchHit[] = corpus.map((text, index) => {
    const terms = analyzeText(text);
    const overlap = terms.filter((term) => wanted.has(term)).length;
    return {
      id: `chunk-${index}`,
      score: overlap / Math.sqrt(terms.length * Math.max(wanted.size, 1)),
      source: `corpus/${index}.md`,
      text,
      metadata: { source: `corpus/${index}.md`, spanStart: 0, spanEnd: text.length, chunkIndex: 0, sourceHash: "h" },
    };
  });
  return hits.sort((left, right) => right.score - left.score).slice(0, options.k);
};
