import { routerTerms } from "./function-words";
import { type PayloadSplit, splitPayload } from "./payload";

/** What a query is made of, seen from this deployment's training prompts and corpus. */
export interface QueryTerms {
  terms: string[];
  /** Terms characteristic of the training prompts (the trained tasks' wording). */
  framingTerms: string[];
  /** Sum of the framing weights of the query's terms. */
  framingMass: number;
  /** The other terms: what the query is about. */
  contentTerms: string[];
  /** IDF mass (corpus IDF) of the content terms. */
  contentMass: number;
  /** IDF-weighted share of content terms found neither in the corpus nor in (other) training prompts. */
  novelty: number;
  /** The instruction part of the text: what it asks, without the material it brings (see `splitPayload`). */
  instruction: string;
  /** Share of the terms that come in the payload: the material the request brings (see `splitPayload`). */
  payloadShare: number;
  /** Content terms of the instruction part (outside the payload): what the request asks about beyond its task. */
  instructionContentTerms: string[];
  /**
   * The highest task weight (`taskFraming`) among the instruction's first two terms (question words such as "how
   * much" left out): does the request open the way the trained tasks open ("Triage …", "Write a reply …"), rather
   * than as a question about something?
   */
  headFraming: number;
  /** IDF-weighted share of the content terms that the corpus holds and no (other) training prompt uses. */
  corpusSpecificShare: number;
  /** Instruction content terms the corpus holds and no (other) training prompt uses: a corpus subject it names. */
  instructionCorpusTerms: string[];
}

/** Serializable form, cached beside the index. */
export interface DeploymentProfileData {
  promptCount: number;
  corpusCount: number;
  promptFrequency: Record<string, number>;
  /** Document frequency over the training prompts' instructions (their text before the material, `splitPayload`). */
  instructionFrequency: Record<string, number>;
  corpusFrequency: Record<string, number>;
}

/** One training prompt's terms, to measure it as if it were not in the training data (leave-one-out). */
export interface LeftOutPrompt {
  terms: ReadonlySet<string>;
  instructionTerms: ReadonlySet<string>;
}

/** "How" and the quantity it asks about ("how much", "how long"): a question word, not what a request is about. */
const interrogative = /\bhow\s+(?:much|many|long|far|often|soon|old)\b/giu;

function documentFrequency(documents: readonly (readonly string[])[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  return frequency;
}

/**
 * Term statistics of one deployment: how often each term appears among the tuned model's training prompts and
 * in the corpus. From them come
 * - the framing weight of a term: log₂ of how much more common it is in training prompts than in the corpus
 *   (terms of the trained tasks' wording, like "triage" or "status page"; zero for terms in fewer than two prompts);
 * - the task weight of a term: the same, counted over the prompts' instructions only (without their material);
 * - corpus IDF, for weighting what a query is about.
 * Nothing here is tuned on any dataset: it is measured on the deployment itself.
 */
export class DeploymentProfile {
  private constructor(
    private readonly promptCount: number,
    private readonly corpusCount: number,
    private readonly promptFrequency: Map<string, number>,
    private readonly instructionFrequency: Map<string, number>,
    private readonly corpusFrequency: Map<string, number>,
  ) {}

  static build(prompts: readonly string[], corpusTexts: readonly string[]): DeploymentProfile {
    return new DeploymentProfile(
      prompts.length,
      corpusTexts.length,
      documentFrequency(prompts.map((prompt) => routerTerms(prompt))),
      documentFrequency(prompts.map((prompt) => routerTerms(splitPayload(prompt).instruction))),
      documentFrequency(corpusTexts.map((text) => routerTerms(text))),
    );
  }

  static fromData(data: DeploymentProfileData): DeploymentProfile {
    return new DeploymentProfile(
      data.promptCount,
      data.corpusCount,
      new Map(Object.entries(data.promptFrequency)),
      new Map(Object.entries(data.instructionFrequency)),
      new Map(Object.entries(data.corpusFrequency)),
    );
  }

  /** A training prompt's terms, for measuring it leave-one-out (see `analyze`). */
  static leftOut(prompt: string): LeftOutPrompt {
    return { terms: new Set(routerTerms(prompt)), instructionTerms: new Set(routerTerms(splitPayload(prompt).instruction)) };
  }

  toData(): DeploymentProfileData {
    return {
      promptCount: this.promptCount,
      corpusCount: this.corpusCount,
      promptFrequency: Object.fromEntries(this.promptFrequency),
      instructionFrequency: Object.fromEntries(this.instructionFrequency),
      corpusFrequency: Object.fromEntries(this.corpusFrequency),
    };
  }

  /**
   * Framing weight of a term. `leftOut` (the terms of one training prompt) measures it as if that prompt were not
   * in the training data: how a training prompt looks to the router when it arrives as a new query.
   */
  framing(term: string, leftOut?: LeftOutPrompt): number {
    return this.contrast((this.promptFrequency.get(term) ?? 0) - (leftOut?.terms.has(term) ? 1 : 0), term, leftOut);
  }

  /**
   * Task weight of a term: its framing weight counted over the training prompts' instructions only, so the
   * vocabulary of their material (station names, "minutes late", SQL keywords) does not count as task wording.
   */
  taskFraming(term: string, leftOut?: LeftOutPrompt): number {
    return this.contrast((this.instructionFrequency.get(term) ?? 0) - (leftOut?.instructionTerms.has(term) ? 1 : 0), term, leftOut);
  }

  /** log₂ of how much more common a term (in `inPrompts` training prompts) is there than in the corpus; 0 below two. */
  private contrast(inPrompts: number, term: string, leftOut: LeftOutPrompt | undefined): number {
    if (inPrompts < 2) return 0;
    const promptShare = (inPrompts + 0.5) / (this.promptCount - (leftOut ? 1 : 0) + 1);
    const corpusShare = ((this.corpusFrequency.get(term) ?? 0) + 0.5) / (this.corpusCount + 1);
    return Math.max(0, Math.log2(promptShare / corpusShare));
  }

  corpusIdf(term: string): number {
    return Math.log((this.corpusCount + 1) / ((this.corpusFrequency.get(term) ?? 0) + 0.5));
  }

  /** Share of the corpus sample's texts that hold a term. */
  corpusShare(term: string): number {
    return (this.corpusFrequency.get(term) ?? 0) / Math.max(this.corpusCount, 1);
  }

  inCorpus(term: string): boolean {
    return this.corpusFrequency.has(term);
  }

  /**
   * Splits a query's terms. `leftOut` (all terms of one training prompt) measures the text as if that prompt were
   * not in the training data (leave-one-out), for the synthetic examples calibration makes from training prompts.
   */
  analyze(
    text: string,
    leftOut?: LeftOutPrompt,
    split: PayloadSplit = splitPayload(text),
    lists: { instruction: string[]; payload: string[] } = { instruction: routerTerms(split.instruction), payload: routerTerms(split.payload) },
  ): QueryTerms {
    const instructionList = lists.instruction;
    const instructionTerms = new Set(instructionList);
    const terms = [...new Set([...instructionTerms, ...lists.payload])];
    const framingTerms: string[] = [];
    const contentTerms: string[] = [];
    let framingMass = 0;
    for (const term of terms) {
      const weight = this.framing(term, leftOut);
      if (weight > 0) {
        framingTerms.push(term);
        framingMass += weight;
      } else {
        contentTerms.push(term);
      }
    }
    let contentMass = 0;
    let novelMass = 0;
    let corpusSpecificMass = 0;
    const corpusSpecific = new Set<string>();
    for (const term of contentTerms) {
      const weight = this.corpusIdf(term);
      contentMass += weight;
      const inOtherPrompts = (this.promptFrequency.get(term) ?? 0) - (leftOut?.terms.has(term) ? 1 : 0) > 0;
      if (!this.inCorpus(term) && !inOtherPrompts) novelMass += weight;
      if (this.inCorpus(term) && !inOtherPrompts) {
        corpusSpecificMass += weight;
        corpusSpecific.add(term);
      }
    }
    // The opening, without the question words: "How much is a day's parking" opens with "day", "park".
    const withoutQuestionWords = split.instruction.replace(interrogative, " ");
    const headTerms = withoutQuestionWords === split.instruction ? instructionList : routerTerms(withoutQuestionWords);
    const headFraming = Math.max(0, ...headTerms.slice(0, 2).map((term) => this.taskFraming(term, leftOut)));
    const payloadCount = terms.filter((term) => !instructionTerms.has(term)).length;
    return {
      terms,
      framingTerms,
      framingMass,
      contentTerms,
      contentMass,
      novelty: contentMass === 0 ? 0 : novelMass / contentMass,
      instruction: split.instruction,
      payloadShare: terms.length === 0 ? 0 : payloadCount / terms.length,
      instructionContentTerms: contentTerms.filter((term) => instructionTerms.has(term)),
      headFraming,
      corpusSpecificShare: contentMass === 0 ? 0 : corpusSpecificMass / contentMass,
      instructionCorpusTerms: contentTerms.filter((term) => instructionTerms.has(term) && corpusSpecific.has(term)),
    };
  }
}
