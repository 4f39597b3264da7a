// Questions about a general notion rather than a particular fact: "what's the difference between a copay and
// coinsurance", "what does HMO stand for", "qué significa deducible", "how do I squash commits". Language
// knowledge, not tuned on any dataset (English, Spanish, French, German, Portuguese, Italian). Such a question needs
// nothing from the corpus: the tuned model, which knows the domain's notions, can answer it.

const general = new RegExp(
  [
    // English
    "\\bdiff?eren[cs]e between\\b",
    "\\bhow (?:is|are|does|do) (?:an? |the )?[\\p{L}-]+(?: [\\p{L}-]+)? differ",
    "\\bwhat (?:does|do) (?:an? |the )?[\\p{L}.-]+(?: [\\p{L}.-]+)? (?:mean|stand for)\\b",
    "\\bwhat (?:is|are|'s|’s) (?:an? )[\\p{L}-]+",
    "\\bwhats an? [\\p{L}-]+",
    "\\bhow do (?:i|you|we|u) [\\p{L}]+",
    "\\bexplain (?:what|how|the difference|in (?:plain|simple) (?:words|terms|english))",
    "\\bin (?:general|plain (?:words|english)|simple terms)\\b",
    "\\bis it (?:ok|okay|allowed|possible|normal|good practice) to\\b",
    // Spanish
    "\\bdiferencia entre\\b",
    "\\bqu[eé] significa\\b",
    "\\bqu[eé] (?:es|son) (?:un|una|unos|unas) [\\p{L}]+",
    "\\bc[oó]mo (?:se|puedo|hago para) [\\p{L}]+",
    "\\bexpl[ií]ca(?:me|lo|melo)? (?:qu[eé]|c[oó]mo|f[aá]cil|simple|sencillo)",
    "\\ben general\\b",
    // French
    "\\bdiff[ée]rence entre\\b",
    "\\bque veut dire\\b",
    "\\bqu['’]est-ce qu['’](?:un|une)\\b",
    "\\bc['’]est quoi (?:un|une)\\b",
    // German
    "\\bunterschied zwischen\\b",
    "\\bwas bedeutet\\b",
    "\\bwas ist (?:ein|eine)\\b",
    // Portuguese
    "\\bdiferen[çc]a entre\\b",
    "\\bo que significa\\b",
    "\\bo que [ée] (?:um|uma)\\b",
    // Italian
    "\\bdifferenza tra\\b",
    "\\bcosa significa\\b",
    "\\bche cos['’][èe] (?:un|una|uno)\\b",
  ].join("|"),
  "iu",
);

/** True when the request asks about a general notion (see above), outside any quoted material. */
export function isGeneralQuestion(text: string): boolean {
  return general.test(text.replace(/["“”«»][^"“”«»]*["“”«»]|```[\s\S]*?```/gu, " "));
}
