import { analyzeText } from "@tandem/text";

/**
 * What kind of answer a question's wording asks for — the answer-type step of classic extractive QA. Only two
 * kinds are told apart, both with plain English cues, because only they can be checked in a sentence cheaply:
 * - `time`: "when", "what date / time / day", "which year" … → a date, a clock time, a weekday or a month;
 * - `quantity`: "how much / many / long / far / often", "what … price / fee / limit / minimum" … → a number.
 * Anything else ("which", "where", "who", "what is X called") gets no kind.
 */
export type AnswerKind = "time" | "quantity";

/** A question as the reader uses it. */
export interface AnalyzedQuestion {
  /** Its index terms, without the words that only phrase the request (see `phrasingTerms`). */
  terms: string[];
  /**
   * The terms of the names it uses: capitalised words after the first (not months or weekdays, nor a person
   * after "Mr", "Ms" …), acronyms, and identifiers that mix letters and digits (`eu-west-1`, `v2`). Dates and
   * plain numbers are not names: sources write them in many ways.
   */
  named: string[];
  kind?: AnswerKind;
  /** The word parts of its compound terms (`eu-west-1` → `eu`, `west`): alternatives to the whole, not extra terms. */
  parts: ReadonlyMap<string, readonly string[]>;
}

/**
 * Words that phrase a question or a task ("How much …", "Write a reply … asking …", "… now?") rather than say
 * what it is about; stemmed as `analyzeText` stems them. They are left out of the question's terms, so that a
 * source that does not contain "reply" or "currently" is not held to answer the question less well.
 */
export const phrasingTerms: ReadonlySet<string> = new Set(
  analyzeText(
    "much many ask asking asks tell explain describe write draft compose reply respond answer summarize summarise " +
      "list give show find know want need please help exactly currently current today still ever get",
  ),
);

const timeCue = /\b(?:when|(?:what|which) (?:time|date|day|days|year|month|hours?)|how soon|until what|since what|by what date)\b/i;
const quantityCue =
  /\b(?:how (?:much|many|long|far|often|big|large|old|fast|high|low|late|early)|(?:what|which)\b[^?.!]*?\b(?:price|prices|cost|costs|fee|fees|fare|fares|fine|fines|charge|charges|rate|rates|limit|limits|size|capacity|amount|balance|deposit|discount|penalty|uptime|budget|total|maximum|minimum|percentage|percent|share|number)\b)/i;

const months = "january|february|march|april|june|july|august|september|sept|october|november|december";
const weekdays = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays";
/** Dates, clock times, years, months (May only next to a number: "may" is a verb too), weekdays, day words. */
const timeValue = new RegExp(
  `\\b(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}|\\d{1,2}(?:[.:]\\d{2})?\\s?[ap]\\.?m\\b\\.?|(?:19|20)\\d{2}|${months}|\\d{1,2}\\s+may|may\\s+\\d{1,2}|${weekdays}|weekdays?|weekends?|daily|weekly|monthly|noon|midnight)\\b`,
  "gi",
);
const quantityValue = /\d+(?:[.,:]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|half|dozen|hundred|thousand|hourly|daily|weekly|monthly|yearly|annually)\b/gi;
const word = /[\p{L}\p{N}]+(?:['’.\-_/][\p{L}\p{N}]+)*/gu;

/** The question's terms, named terms and answer kind. */
export function analyzeQuestion(question: string): AnalyzedQuestion {
  const terms = [...new Set(analyzeText(question))].filter((term) => !phrasingTerms.has(term));
  const words = [...question.matchAll(word)].map((match) => match[0]);
  const named = [...new Set(words.filter((text, index) => isName(text, index, words[index - 1])).flatMap((text) => analyzeText(text)))];
  const kind = answerKind(question);
  const parts = new Map<string, string[]>();
  for (const compound of terms.filter((term) => /[-_/]/.test(term))) {
    parts.set(compound, analyzeText(compound).filter((part) => part !== compound));
  }
  return { terms, named: named.filter((term) => terms.includes(term)), parts, ...(kind ? { kind } : {}) };
}

const calendarWord = new RegExp(`^(?:${months}|may|${weekdays})$`, "i");

/** Titles before a person's name: the name is who a reply is for, not what the sources are about. */
const honorific = /^(?:mr|mrs|ms|mx|miss|dr|prof)$/i;

function isName(text: string, index: number, previous: string | undefined): boolean {
  if (/\p{L}/u.test(text) && /\d/.test(text)) return true;
  if (honorific.test(text) || (previous !== undefined && honorific.test(previous))) return false;
  return index > 0 && /^\p{Lu}/u.test(text) && !calendarWord.test(text);
}

/** The kind of answer the question asks for, when its wording says so. */
export function answerKind(question: string): AnswerKind | undefined {
  if (timeCue.test(question)) return "time";
  if (quantityCue.test(question)) return "quantity";
  return undefined;
}

/**
 * True when the text holds a value of the kind that the question does not already hold: "20 minutes late" does
 * not answer "arrived 20 minutes late?", "25% of the fare" does.
 */
export function holdsNewValue(text: string, kind: AnswerKind, question: string): boolean {
  const pattern = kind === "time" ? timeValue : quantityValue;
  const asked = new Set([...question.matchAll(pattern)].map((match) => match[0].toLowerCase()));
  return [...text.matchAll(pattern)].some((match) => !asked.has(match[0].toLowerCase()));
}
