import { analyzeText } from "@tandem/text";

/** Whether a turn needs the conversation to be understood, and why. */
export interface FollowUp {
  followUp: boolean;
  /** What marked it: `ellipsis: "and for X?"`, `pronoun: it`, `short: 1 content word`. */
  cues: string[];
  /** For the ellipsis form ("and for X?", "what about X?"): X. */
  ellipsis?: string;
}

const ellipsisPatterns: readonly RegExp[] = [
  /^(?:and |but |so |ok(?:ay)?,? )?(?:what|how) about\s+(.+?)[\s?.!]*$/i,
  /^(?:and|or|also)\s+(?:for|in|on|with|at|about|if|to)\s+(.+?)[\s?.!]*$/i,
  /^(?:and|or)\s+(.+?)[\s?.!]*$/i,
  /^(?:(?:the )?same|likewise|ditto)\s+(?:for|with|in|on)\s+(.+?)[\s?.!]*$/i,
];
const pronouns = /\b(it|its|it['’]s|that|this|those|these|they|them|their|there|one|ones|same|above|former|latter|he|she|him|her)\b/i;
/** "and how do I…" starts a new question, not an ellipsis. */
const questionStart = /^(?:what|how|why|when|where|who|whom|which|can|could|do|does|did|is|are|was|were|will|would|should|shall|may|might|must|has|have|had)\b/i;
/** An ellipsis longer than this many words is a new sentence, not an elliptical follow-up. */
const maxEllipsisWords = 5;
/** A turn with a pronoun and at most this many content words leans on context. */
const maxPronounContentWords = 4;
/** A turn with at most this many content words is too short to stand alone. */
const maxShortContentWords = 1;

/**
 * Detects a follow-up that needs the previous turn to be understood: an ellipsis ("and for eu-west-1?",
 * "what about Pro?"), a pronoun in a short turn ("how do I enable it?"), or a very short turn ("why?").
 * Deterministic; a long self-contained question is never a follow-up.
 */
export function detectFollowUp(text: string): FollowUp {
  const trimmed = text.trim();
  const contentWords = analyzeText(trimmed).length;
  const cues: string[] = [];
  let ellipsis: string | undefined;
  for (const pattern of ellipsisPatterns) {
    const match = pattern.exec(trimmed);
    const rest = match?.[1]?.trim();
    if (rest && rest.split(/\s+/).length <= maxEllipsisWords && !questionStart.test(rest)) {
      ellipsis = rest;
      cues.push(`ellipsis: "${trimmed}"`);
      break;
    }
  }
  const pronoun = pronouns.exec(trimmed);
  if (pronoun && contentWords <= maxPronounContentWords) cues.push(`pronoun: ${pronoun[1]?.toLowerCase()}`);
  if (contentWords <= maxShortContentWords) cues.push(`short: ${contentWords} content word${contentWords === 1 ? "" : "s"}`);
  return { followUp: cues.length > 0, cues, ...(ellipsis ? { ellipsis } : {}) };
}
