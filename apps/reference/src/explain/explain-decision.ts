// The router's decision in plain words, for people: one summary line ("Looks like a task the tuned model learned,
// and the documents have the facts it needs → both"), a few points, and the numbers for whoever wants them.
// The decision's own `reasons` are written for engineers (word stems, thresholds); this reads its `analysis`,
// signals and scores instead, and maps the analysed word stems back to the words of the query.
import type { Answer, ConversationTurn, Route, RouteDecision, RouteSignal } from "@tandem/core";
import { analyzeText } from "@tandem/text";

export interface PlainExplanation {
  /** One line: what the router saw → the route. */
  summary: string;
  /** Details in plain words (the task words it recognised, the subjects it names, what it asks for…). */
  points: string[];
  /** The numbers behind it, for the toggle. */
  numbers: {
    confidence: number | null;
    scores: Record<Route, number> | null;
    signals: { label: string; value: number | null; threshold: number | null; verdict: RouteSignal["verdict"] }[];
  };
}

/** How each route is named to a reader. */
export const routeNames: Record<Route, string> = { tuned: "the tuned model", rag: "the documents (RAG)", both: "the tuned model, given the documents" };

const signalLabels: Record<string, string> = {
  rules: "a configured rule matched",
  exemplars: "similarity to an example request",
  coverage: "similarity to the tuned model's training tasks",
  freshness: "asks about something newer than the training data",
  evidence: "share of the question the documents cover",
  classifier: "LLM tie-breaker's confidence",
};

const wordPattern = /[\p{L}\p{N}]+(?:['’.\-_/][\p{L}\p{N}]+)*/gu;

/** The words of `text` whose analysed stems are among `stems`, in order, once each ("repli" → "reply"). */
export function wordsForStems(text: string, stems: readonly string[]): string[] {
  const wanted = new Set(stems);
  const words: string[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0].toLowerCase();
    if (!words.includes(word) && analyzeText(word).some((stem) => wanted.has(stem))) words.push(word);
  }
  return words;
}

const quoted = (items: readonly string[]) => items.map((item) => `“${item}”`).join(", ");
const sourceName = (source: string) => (source.split("/").at(-1) ?? source).replace(/\.[a-z0-9]+$/i, "").replace(/[-_]+/g, " ");

interface ExplainInput {
  /** The query that was routed (a follow-up's standalone form). */
  query: string;
  decision?: (RouteDecision & { conversation?: ConversationTurn }) | undefined;
  /** The route the caller forced, if any. */
  forced?: Route | undefined;
  /** What happened after the decision (fallback, how "both" ran, the conversation). */
  answer?: Pick<Answer, "route" | "fallback" | "execution" | "conversation"> | undefined;
}

/** The decision (or the forced route, or what happened after it) in plain words. */
export function explainDecision(input: ExplainInput): PlainExplanation {
  const { decision } = input;
  const route = input.answer?.route ?? decision?.route ?? input.forced ?? "rag";
  const points: string[] = [];
  const conversation = input.answer?.conversation ?? decision?.conversation;
  if (conversation?.followUp && conversation.standalone !== conversation.original) points.push(`Read as a follow-up: “${conversation.standalone}”.`);
  let clauses: string[];
  if (!decision) {
    clauses = [`You chose ${routeNames[input.forced ?? route]}`];
  } else {
    clauses = decisionClauses(decision, input.query, points);
  }
  const fallback = input.answer?.fallback;
  if (fallback) points.push(`${capitalise(routeNames[fallback.from])} failed, so ${routeNames[fallback.to]} answered instead.`);
  const execution = input.answer?.execution;
  if (execution) points.push(executionWords(execution.strategy, execution.chosen));
  return {
    summary: `${capitalise(clauses.join(", and ").replace(", and yet", "; yet"))} → ${route}`,
    points,
    numbers: {
      confidence: decision ? round(decision.confidence) : null,
      scores: decision ? { tuned: round(decision.scores.tuned), rag: round(decision.scores.rag), both: round(decision.scores.both) } : null,
      signals: (decision?.signals ?? [])
        .filter((signal) => signal.verdict !== "skipped")
        .map((signal) => ({ label: signalLabels[signal.name] ?? signal.name, value: signal.value, threshold: signal.threshold, verdict: signal.verdict })),
    },
  };
}

function decisionClauses(decision: RouteDecision, query: string, points: string[]): string[] {
  const signal = (name: string) => decision.signals.find((entry) => entry.name === name);
  const rule = signal("rules");
  if (rule?.verdict === "pass") return [`the rule “${String(rule.detail?.rule ?? "")}” matched`];
  if (decision.reasons.some((reason) => reason.startsWith("only "))) return [`only ${decision.route === "tuned" ? "the tuned model" : "the documents"} are configured here`];
  const exemplar = signal("exemplars");
  if (exemplar?.verdict === "pass") return [`it is much like an example request for ${routeNames[exemplar.supports ?? decision.route]}`];

  const analysis = decision.analysis;
  const clauses: string[] = [];
  const taskWords = analysis ? wordsForStems(analysis.instruction || query, analysis.taskWords) : [];
  const coverage = signal("coverage");
  const evidence = signal("evidence");
  if (coverage?.verdict === "pass") clauses.push("looks like a task the tuned model learned");
  else if (taskWords.length === 0) clauses.push("asks for facts, not for one of the tasks the tuned model learned");
  else clauses.push("not much like the tasks the tuned model learned");
  if (evidence?.verdict === "pass") clauses.push("the documents have the facts it needs");
  else if (evidence?.verdict === "fail") clauses.push("the documents say little about it");
  else if (decision.reasons.some((reason) => reason.includes("names nothing the corpus knows"))) clauses.push("it names nothing the documents cover");
  if (signal("freshness")?.verdict === "pass") clauses.push("it asks about something newer than the tuned model's training data");
  const implied = coverage?.verdict === "pass" ? (evidence?.verdict === "pass" ? "both" : "tuned") : taskWords.length === 0 || evidence?.verdict === "pass" ? "rag" : undefined;
  const fresh = signal("freshness")?.verdict === "pass" && decision.route !== "tuned";
  if (decision.defaulted) {
    clauses.push(`yet no route was clearly likelier, so the default route (${decision.route}) applies`);
  } else if (implied !== decision.route && !fresh) {
    clauses.push(`yet, weighing how it is put and what it asks for, the router leans to ${decision.route} (${Math.round(decision.scores[decision.route] * 100)}%)`);
  }

  if (taskWords.length > 0 && coverage?.verdict === "pass") points.push(`Task words it shares with the training examples: ${quoted(taskWords.slice(0, 6))}.`);
  if (analysis && analysis.subjects.length > 0) points.push(`It names ${quoted(analysis.subjects.slice(0, 5))}, which the documents cover.`);
  const asks = analysis?.informationRequests.filter((request) => request.kind === "include" || request.kind === "open-value") ?? [];
  if (asks.length > 0) points.push(`It asks for information it does not give: ${quoted(asks.slice(0, 3).map((request) => request.text))}.`);
  if (analysis?.payload) points.push(`It brings its own material (${analysis.payload.length >= 200 ? "200+" : analysis.payload.length} characters), which the tuned model works on.`);
  if (analysis && analysis.dates.length > 0) points.push(`Dates in it: ${analysis.dates.join(", ")}.`);
  const top = (evidence?.detail?.hits as { source: string }[] | undefined)?.[0];
  if (evidence?.verdict === "pass" && top) points.push(`Best matching document: ${capitalise(sourceName(top.source))}.`);
  const classifier = signal("classifier");
  if (classifier?.verdict === "pass") points.push(`The router was unsure, so an LLM tie-breaker was asked; it chose ${classifier.supports ?? decision.route}.`);
  if (decision.reasons.some((reason) => reason.includes("the budget sends at most"))) points.push("A budget caps how many questions go to the dearest route, so a cheaper one answers.");
  return clauses;
}

function executionWords(strategy: NonNullable<Answer["execution"]>["strategy"], chosen: string): string {
  if (strategy === "rag-on-tuned") return "The tuned model wrote the answer from the retrieved documents.";
  if (strategy === "parallel-fuse") return chosen === "fused" ? "Both answered; the tuned model's answer comes first, then the cited sentences from the documents." : `Both answered; ${chosen === "tuned" ? "the tuned model's" : "the documents'"} answer was better grounded.`;
  return chosen === "tuned" ? "The tuned model answered confidently, so the documents were not needed." : "The tuned model was unsure, so the answer comes from the documents.";
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const round = (value: number) => Math.round(value * 1000) / 1000;
