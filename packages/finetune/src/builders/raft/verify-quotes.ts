// Checks a chain-of-thought answer the RAFT way, but strictly: it ends with `<ANSWER>: …`, it quotes its evidence
// between ##begin_quote## and ##end_quote##, and EVERY quote occurs verbatim in the source chunk.

export const beginQuote = "##begin_quote##";
export const endQuote = "##end_quote##";
export const answerTag = "<ANSWER>:";

export type QuoteProblemReason = "no-answer-tag" | "empty-answer" | "no-quote" | "unbalanced-quote-markers" | "empty-quote" | "quote-not-in-source";

export interface QuoteProblem {
  reason: QuoteProblemReason;
  /** The quote or text concerned, shortened for reports. */
  detail: string;
}

export interface QuoteVerification {
  ok: boolean;
  /** Every quoted span, trimmed. */
  quotes: string[];
  /** The final answer (text after the last `<ANSWER>:`), when present. */
  finalAnswer: string | undefined;
  problems: QuoteProblem[];
}

const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 117)}…` : text);
const count = (text: string, marker: string) => text.split(marker).length - 1;

/** Verifies an answer against the text it must quote from; collects every problem. */
export function verifyQuotedAnswer(answer: string, source: string): QuoteVerification {
  const problems: QuoteProblem[] = [];
  const tagAt = answer.lastIndexOf(answerTag);
  const finalAnswer = tagAt < 0 ? undefined : answer.slice(tagAt + answerTag.length).trim();
  if (tagAt < 0) problems.push({ reason: "no-answer-tag", detail: `no ${answerTag} line` });
  else if (!finalAnswer) problems.push({ reason: "empty-answer", detail: `nothing after ${answerTag}` });

  const opened = count(answer, beginQuote);
  const closed = count(answer, endQuote);
  if (opened !== closed) problems.push({ reason: "unbalanced-quote-markers", detail: `${opened} ${beginQuote} but ${closed} ${endQuote}` });
  const quotes: string[] = [];
  for (const match of answer.matchAll(/##begin_quote##([\s\S]*?)##end_quote##/g)) {
    const quote = (match[1] ?? "").trim();
    if (quote === "") {
      problems.push({ reason: "empty-quote", detail: "an empty quote" });
      continue;
    }
    quotes.push(quote);
    if (!source.includes(quote)) problems.push({ reason: "quote-not-in-source", detail: shorten(quote) });
  }
  if (quotes.length === 0 && opened === 0) problems.push({ reason: "no-quote", detail: "the answer quotes nothing from the source" });
  return { ok: problems.length === 0, quotes, finalAnswer, problems };
}
