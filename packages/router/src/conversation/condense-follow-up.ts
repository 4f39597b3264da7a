import { analyzeText } from "@tandem/text";
import type { FollowUp } from "./follow-up";

/** Content words carried from the previous turn into a follow-up, at most. */
const maxCarriedWords = 12;
const tokenPattern = /[\p{L}\p{N}$][\p{L}\p{N}$%]*(?:['’.\-_/:][\p{L}\p{N}%]+)*/gu;

interface Token {
  text: string;
  start: number;
  end: number;
  entity: boolean;
}

/**
 * Condenses a follow-up into a standalone query without a model, from the previous (standalone) turn:
 * - an ellipsis naming a new entity ("and for eu-west-1?") takes the previous question and swaps its entity of
 *   the most similar shape (`sa-east-1` → `eu-west-1`, `Enterprise` → `Pro`);
 * - any other follow-up keeps its words and carries the previous turn's content words it lacks, in order:
 *   "how do I enable it?" → "how do I enable it? (point-in-time recovery Pro plan)".
 */
export function condenseFollowUp(previous: string, followUp: string, detected: FollowUp): string {
  const text = followUp.trim();
  if (detected.ellipsis) {
    const replacement = detected.ellipsis;
    const wanted = tokens(replacement, false).filter((token) => token.entity);
    const runs = entityRuns(tokens(previous));
    if (wanted.length > 0 && runs.length > 0) {
      const shape = shapeOf(wanted.map((token) => token.text).join(" "));
      const best = runs.reduce((chosen, run) => (similarity(shapeOf(previous.slice(run.start, run.end)), shape) > similarity(shapeOf(previous.slice(chosen.start, chosen.end)), shape) ? run : chosen));
      return `${previous.slice(0, best.start)}${replacement}${previous.slice(best.end)}`.trim();
    }
    return `${stripEnd(previous)} — ${replacement}?`;
  }
  const present = new Set(analyzeText(text));
  const carried: string[] = [];
  const seen = new Set<string>();
  for (const token of tokens(previous)) {
    const terms = analyzeText(token.text);
    if (terms.length === 0 || terms.every((term) => present.has(term))) continue;
    const key = token.text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    carried.push(token.text);
    if (carried.length >= maxCarriedWords) break;
  }
  return carried.length === 0 ? text : `${text} (${carried.join(" ")})`;
}

/**
 * Words of a text; an entity is a token with a digit, an inner `-`/`.`/`_`, or a capital — not counting the
 * capital that starts a sentence when `sentences` is true.
 */
function tokens(text: string, sentences = true): Token[] {
  const result: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    const start = match.index ?? 0;
    const word = match[0];
    const before = text.slice(0, start).trimEnd();
    const sentenceStart = sentences && (before.length === 0 || /[.?!:"“(]$/.test(before));
    const entity = /\p{N}/u.test(word) || /[\p{L}\p{N}][-._][\p{L}\p{N}]/u.test(word) || (/^\p{Lu}/u.test(word) && !sentenceStart);
    result.push({ text: word, start, end: start + word.length, entity });
  }
  return result;
}

/** Maximal runs of adjacent entity tokens (separated by spaces only). */
function entityRuns(list: readonly Token[]): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let previousEnd = -2;
  for (const token of list) {
    if (!token.entity) {
      previousEnd = -2;
      continue;
    }
    const last = runs.at(-1);
    if (last && previousEnd >= 0 && token.start - previousEnd <= 1) last.end = token.end;
    else runs.push({ start: token.start, end: token.end });
    previousEnd = token.end;
  }
  return runs;
}

/** A coarse shape: has digits, has an inner separator, starts with a capital, word count. */
function shapeOf(text: string): [boolean, boolean, boolean, number] {
  return [/\p{N}/u.test(text), /[\p{L}\p{N}][-._][\p{L}\p{N}]/u.test(text), /^\p{Lu}/u.test(text), text.split(/\s+/).length];
}

function similarity(left: ReturnType<typeof shapeOf>, right: ReturnType<typeof shapeOf>): number {
  return Number(left[0] === right[0]) + Number(left[1] === right[1]) + Number(left[2] === right[2]) + Number(left[3] === right[3]) * 0.5;
}

function stripEnd(text: string): string {
  return text.trim().replace(/[\s?.!]+$/, "");
}
