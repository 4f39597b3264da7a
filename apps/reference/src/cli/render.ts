import type { Answer, ConversationTurn, RouteDecision, SearchHit } from "@tandem/core";
import { textTable } from "./text-table";

const number = (value: number | null) => (value === null ? "-" : value.toFixed(3));

export function renderDecision(decision: RouteDecision & { conversation?: ConversationTurn }): string {
  const turn = decision.conversation;
  const lines = [
    ...(turn && turn.standalone !== turn.original ? [`follow-up read as: ${turn.standalone} (condensed by ${turn.condensedBy})`] : []),
    `route: ${decision.route} (confidence ${decision.confidence.toFixed(2)}${decision.defaulted ? ", default route" : ""})`,
    "why:",
    ...decision.reasons.map((reason) => `  - ${reason}`),
    "signals:",
    textTable(
      ["  name", "verdict", "value", "threshold", "ms"],
      decision.signals.map((signal) => [
        `  ${signal.name}`,
        signal.verdict,
        number(signal.value),
        number(signal.threshold),
        signal.ms.toFixed(2),
      ]),
    ),
    `scores: tuned ${decision.scores.tuned.toFixed(3)}, rag ${decision.scores.rag.toFixed(3)}, both ${decision.scores.both.toFixed(3)}`,
    `config ${decision.configVersion}, decided in ${decision.timings.totalMs.toFixed(2)} ms`,
  ];
  return lines.join("\n");
}

export function renderAnswer(answer: Answer): string {
  const lines = [answer.text, ""];
  const decision = answer.decision;
  lines.push(
    `route: ${answer.route}${decision ? ` (confidence ${decision.confidence.toFixed(2)})` : " (forced)"}${
      answer.fallback ? ` — fell back from ${answer.fallback.from}: ${answer.fallback.reason}` : ""
    }`,
  );
  if (decision) lines.push(...decision.reasons.map((reason) => `  - ${reason}`));
  if (answer.citations.length > 0) {
    lines.push("sources:");
    for (const citation of answer.citations) {
      lines.push(
        `  [${citation.marker}] ${citation.source}${citation.title ? ` — ${citation.title}` : ""} (chars ${citation.span.start}–${citation.span.end})`,
        // A table quote keeps its lines (header, delimiter, rows), each indented under the first.
        `      "${citation.quote
          .split("\n")
          .map((line) => line.replace(/\s+/g, " ").trim())
          .filter(Boolean)
          .join("\n       ")}"`,
      );
    }
  } else {
    lines.push("sources: none");
  }
  if (answer.models?.offline) lines.push("(offline models: deterministic local stand-ins, not an LLM — see `tandem --help`)");
  lines.push(`answered in ${answer.timings.totalMs.toFixed(0)} ms`);
  return lines.join("\n");
}

export function renderHits(hits: readonly SearchHit[]): string {
  if (hits.length === 0) return "no hits";
  return hits
    .map((hit, index) => {
      const heading = typeof hit.metadata.headings === "string" && hit.metadata.headings ? ` › ${hit.metadata.headings}` : "";
      const text = hit.text.replace(/\s+/g, " ").trim();
      const scores = hit.scores ?? {};
      const sides = [
        scores.dense === undefined ? "" : `dense ${scores.dense.toFixed(3)} #${(scores.denseRank ?? 0) + 1}`,
        scores.lexical === undefined ? "" : `bm25 ${scores.lexical.toFixed(2)} #${(scores.lexicalRank ?? 0) + 1}`,
        hit.collapsed?.length ? `+${hit.collapsed.length} duplicate(s)` : "",
      ].filter(Boolean);
      return `${index + 1}. ${hit.score.toFixed(3)}  ${hit.source}${heading}${sides.length ? `  (${sides.join(", ")})` : ""}\n   ${text.length > 200 ? `${text.slice(0, 199)}…` : text}`;
    })
    .join("\n");
}
