// The synthetic queries calibration writes from a deployment's own data: corpus questions (rag), trained tasks
// about corpus subjects (both). The tuned examples are the training prompts themselves.
import { analyzeText, splitSentences } from "@tandem/text";
import { splitPayload } from "../signals/payload";

/** The instruction part of a prompt: its text before its material starts (see `splitPayload`), at most 12 words. */
export function instructionOf(prompt: string): string {
  const { instruction } = splitPayload(prompt);
  return instruction.replace(/[:?]$/, "").split(/\s+/).slice(0, 12).join(" ").trim();
}

/**
 * A synthetic `both` request: a trained task about something only the corpus holds, naming its subject instead
 * of bringing material (the prompt's instruction, then the first 2–6 words of a corpus question). (A task that
 * brings its material and asks for a corpus fact beside it is `factRequest`.)
 */
export function bothRequest(prompt: string, subject: string, position: number): string {
  const reference = subject.split(" ").slice(0, 2 + (position % 5)).join(" ");
  return `${instructionOf(prompt)} ${reference}`.trim();
}

/**
 * Question-like probes made from corpus text: from evenly spaced chunks, the most informative sentences' rarest
 * words (by document frequency across the sample), in their original order. When the corpus has fewer chunks
 * than probes are wanted, each chunk gives several, from its next most informative sentences.
 */
export function corpusProbeQueries(texts: readonly string[], count: number, wordsPerQuery = 6): string[] {
  const chosen = evenlySpaced(texts, count);
  const documentFrequency = new Map<string, number>();
  for (const text of texts) for (const term of new Set(analyzeText(text))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log((texts.length + 1) / ((documentFrequency.get(term) ?? 0) + 1));
  const perChunk = Math.max(1, Math.ceil(count / Math.max(chosen.length, 1)));
  const ranked = chosen.map((text) =>
    splitSentences(text)
      .filter((sentence) => analyzeText(sentence.text).length >= 4)
      .map((sentence) => ({ sentence, weight: analyzeText(sentence.text).reduce((sum, term) => sum + idf(term), 0) }))
      .sort((left, right) => right.weight - left.weight)
      .slice(0, perChunk),
  );
  const queries: string[] = [];
  // Round-robin over chunks: every chunk's best sentence first, then every chunk's second best, ...
  for (let rank = 0; rank < perChunk && queries.length < count; rank += 1) {
    for (const sentences of ranked) {
      const best = sentences[rank];
      if (!best || queries.length >= count) continue;
      const words = best.sentence.text.split(/\s+/).filter((word) => analyzeText(word).length > 0);
      const query = words
        .map((word, position) => ({ word, position, weight: Math.max(...analyzeText(word).map(idf)) }))
        .sort((left, right) => right.weight - left.weight || left.position - right.position)
        .slice(0, wordsPerQuery)
        .sort((left, right) => left.position - right.position)
        .map((entry) => entry.word.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}%]+$/gu, ""))
        .filter(Boolean)
        .join(" ");
      if (query) queries.push(query);
    }
  }
  return queries;
}

export function evenlySpaced<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, index) => items[Math.floor(index * step)] as T);
}

const questionOpeners = ["What is", "When was", "Which", "How much is", "Who", "Where is"];

/** A corpus probe phrased as a question ("When was … ?"), about a corpus subject when one is given. */
export function questionForm(probe: string, position: number, subject?: string): string {
  const opener = questionOpeners[position % questionOpeners.length] as string;
  const words = probe.split(" ");
  return subject && position % 4 === 1 ? `${opener} ${words.slice(0, 3).join(" ")} of ${subject}?` : `${opener} ${words.join(" ")}?`;
}

/**
 * A synthetic `both` request that asks for a fact it does not give: a whole training prompt (its material
 * included, best moved into the deployment's world with `worldRequest`) plus a short request for a detail it lacks
 * ("— mention the …", "(add which …)"), or a prompt's instruction about a corpus subject, "mentioning its …".
 */
export function factRequest(prompt: string, probe: string, position: number, title?: string): string {
  const words = probe.split(" ");
  const subject = title ?? words.slice(0, 3).join(" ");
  const detail = words.slice(title ? 0 : 3, (title ? 0 : 3) + 2).join(" ") || (words[0] ?? "");
  const base = prompt.trim().replace(/[.\s]+$/u, "");
  switch (position % 6) {
    case 1:
      return `${base} — mention the ${detail}.`;
    case 3:
      return `${base}. Include when ${detail}.`;
    case 5:
      return `${base} (add which ${detail})`;
    case 0:
      return `${base}; say who ${detail}.`;
    case 2:
      return `${instructionOf(prompt)} about ${subject}, mentioning its ${detail}`;
    default:
      return `${instructionOf(prompt)} for ${subject}: put the current ${detail} in it`;
  }
}



const generalTemplates = [
  (a: string, b: string) => `What's the difference between ${a} and ${b}?`,
  (a: string) => `What does ${a} mean?`,
  (a: string) => `Explain in plain words what a ${a} is`,
  (a: string) => `What is a ${a}?`,
  (a: string, b: string) => `How do I ${a} a ${b}?`,
];

/**
 * General questions in the deployment's shared vocabulary — words both the training prompts and the corpus use
 * ("copay", "commit", "deductible") — asking what a notion is, not a particular fact: `tuned` examples, since a
 * model trained on the domain's tasks can answer them without the corpus.
 */
export function generalQuestions(shared: readonly string[], count: number): string[] {
  if (shared.length < 2) return [];
  return Array.from({ length: count }, (_, position) => {
    const a = shared[(position * 7) % shared.length] as string;
    const other = shared[(position * 13 + 5) % shared.length] as string;
    const b = other === a ? (shared[(position * 7 + 1) % shared.length] as string) : other;
    return (generalTemplates[position % generalTemplates.length] as (a: string, b: string) => string)(a, b);
  });
}

/** A run of capitalised words (a name): "Greenfield Rovers", "Mrs Alder", "O'Neill", "Saint-Roch". */
const nameRun = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;

/**
 * A training prompt moved into the deployment's world: the names it invented (capitalised words the corpus does
 * not know — a club, a customer, a station) replaced by names of the corpus's subjects, its material otherwise
 * kept. Real requests for a trained task talk about the deployment's own subjects and still bring what they need;
 * `isKnown` says whether the corpus knows a word.
 */
export function worldRequest(prompt: string, names: readonly string[], position: number, isKnown: (word: string) => boolean): string {
  if (names.length === 0) return prompt;
  let replaced = 0;
  return prompt.replace(nameRun, (run, offset: number) => {
    const sentenceStart = offset === 0 || /[.!?:]\s*$/u.test(prompt.slice(Math.max(0, offset - 3), offset));
    const words = run.split(/\s+/u);
    if ((sentenceStart && words.length === 1) || words.every((word) => isKnown(word))) return run;
    replaced += 1;
    return names[(position * 31 + replaced * 17) % names.length] as string;
  });
}
