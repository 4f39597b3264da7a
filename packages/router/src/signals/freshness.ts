import { analyzeText } from "@tandem/text";
import { findDates, passageDate } from "./dates";
import type { DeploymentProfile, QueryTerms } from "./deployment-profile";

/** Where the training cutoff came from. */
export type CutoffSource = "config" | "training-data" | "none";

/** Serializable freshness knowledge of a deployment (cached with the calibration). */
export interface FreshnessData {
  /** The tuned model's training cutoff (YYYY-MM-DD), or null when unknown. */
  cutoff: string | null;
  cutoffSource: CutoffSource;
  /** Corpus terms first seen in documents dated after the cutoff, and never in the training prompts. */
  freshTerms: string[];
}

export interface FreshnessMeasure {
  /** 1 when the request asks about "now" or a date after the cutoff; else the share of its subject that is new. */
  value: number;
  cues: string[];
  laterDates: string[];
  freshTerms: string[];
}

/**
 * Words that ask about the present. Language knowledge, not tuned on any dataset; matched in the instruction
 * only (a customer's "today" inside a quoted ticket is material, not a request for current facts).
 */
const temporalCue =
  /\b(?:latest|newest|current(?:ly)?|now|nowadays|today|tonight|tomorrow|yesterday|recent(?:ly)?|upcoming|as of|these days|so far|any more|anymore|(?:this|next|last) (?:week|month|quarter|year))\b/giu;

/**
 * The freshness signal: does the request ask about something newer than the tuned model? Three kinds of
 * evidence, all in the instruction part (what the request asks, not the material it brings): temporal cues
 * ("latest", "as of", "this week"); dates after the training cutoff; and terms whose first appearance in the
 * corpus is in a document dated after the cutoff (new products, versions, events the model cannot know).
 */
export class FreshnessIndex {
  private readonly fresh: ReadonlySet<string>;
  private readonly cutoffYear: number | undefined;

  constructor(readonly data: FreshnessData) {
    this.fresh = new Set(data.freshTerms);
    this.cutoffYear = data.cutoff ? Number(data.cutoff.slice(0, 4)) : undefined;
  }

  /**
   * Builds the index. The cutoff comes from config; without it, the latest date written in the training prompts
   * stands in (the model has seen at least that far), and without such a date, freshness uses cues only.
   */
  static build(input: {
    cutoff?: string;
    trainingPrompts: readonly string[];
    corpusTexts: readonly string[];
    /** Publication date of the document each corpus text came from (aligned with corpusTexts); see `documentDate`. */
    corpusDates?: readonly (string | undefined)[];
  }): FreshnessIndex {
    let cutoff: string | null = input.cutoff ?? null;
    let cutoffSource: CutoffSource = cutoff ? "config" : "none";
    if (!cutoff) {
      const latest = input.trainingPrompts.flatMap((prompt) => findDates(prompt).map((found) => found.iso)).sort().at(-1);
      if (latest) [cutoff, cutoffSource] = [latest, "training-data"];
    }
    const freshTerms: string[] = [];
    if (cutoff) {
      const inPrompts = new Set(input.trainingPrompts.flatMap((prompt) => analyzeText(prompt)));
      const firstSeen = new Map<string, string>();
      input.corpusTexts.forEach((text, index) => {
        // An undated passage makes its terms "always known".
        const date = passageDate(text, input.corpusDates?.[index]) ?? "0000-00-00";
        for (const term of new Set(analyzeText(text))) {
          const seen = firstSeen.get(term);
          if (seen === undefined || date < seen) firstSeen.set(term, date);
        }
      });
      for (const [term, date] of firstSeen) if (date > (cutoff as string) && !inPrompts.has(term)) freshTerms.push(term);
      freshTerms.sort();
    }
    return new FreshnessIndex({ cutoff, cutoffSource, freshTerms });
  }

  measure(query: QueryTerms, profile: DeploymentProfile): FreshnessMeasure {
    const cues = [...query.instruction.matchAll(temporalCue)].map((match) => match[0].toLowerCase());
    const laterDates = this.data.cutoff
      ? findDates(query.instruction, this.cutoffYear)
          .filter((found) => found.iso > (this.data.cutoff as string))
          .map((found) => found.text)
      : [];
    const terms = query.instructionContentTerms;
    const total = terms.reduce((sum, term) => sum + profile.corpusIdf(term), 0);
    const freshTerms = terms.filter((term) => this.fresh.has(term));
    const freshMass = freshTerms.reduce((sum, term) => sum + profile.corpusIdf(term), 0);
    const value = cues.length > 0 || laterDates.length > 0 ? 1 : total === 0 ? 0 : freshMass / total;
    return { value, cues, laterDates, freshTerms };
  }
}
