/**
 * Phrases by which an answer declines or hedges (Self-Route's "unanswerable", and the usual ways models say
 * they do not know). Matched case-insensitively; `extra` phrases from config are plain substrings.
 */
const builtInHedges: readonly RegExp[] = [
  /\bI (?:do not|don['’]t) know\b/i,
  /\bI(?:['’]m| am) not (?:sure|certain)\b/i,
  /\bI (?:can ?not|can['’]t|am unable to|['’]m unable to) (?:answer|say|tell|determine|confirm|find|help with)\b/i,
  /\bI (?:do not|don['’]t) have (?:enough |any |the )?(?:information|data|details|knowledge|access)\b/i,
  /\b(?:not enough|insufficient|no) information (?:to answer|about|on)\b/i,
  /\bunanswerable\b/i,
  /\bsources do not (?:answer|contain)\b/i,
  /\bI have no training example close to this\b/i,
];

/** The hedge an answer contains (the matched phrase), or undefined. */
export function findHedge(text: string, extra: readonly string[] = []): string | undefined {
  for (const pattern of builtInHedges) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  const lower = text.toLowerCase();
  return extra.find((phrase) => lower.includes(phrase.toLowerCase()));
}
