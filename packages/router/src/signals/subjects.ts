import type { DeploymentProfile } from "./deployment-profile";
import { routerTerms } from "./function-words";

/** Serializable subject dictionary (cached with the calibration). */
export interface SubjectData {
  /** Analysed term sequences of the corpus's subjects (document titles and their parts), joined by spaces. */
  keys: string[];
  /** How each key was written in a title (aligned with `keys`), for explanations. */
  names: string[];
}

/** A corpus subject named in a request. */
export interface NamedSubject {
  /** The subject's analysed terms, joined by spaces. */
  key: string;
  /** How a title writes it. */
  name: string;
  /** Position of its first term in the request's term sequence. */
  at: number;
  /** Number of terms. */
  length: number;
}

/** Where titles split into parts that are named on their own: "Q0311 — Plugin load timeout", "Lisinopril (Zestril)". */
const titleParts = /\s+[—–-]\s+|:\s+|\s*[()[\]|·•]\s*|,\s+/u;
const longest = 8;


/**
 * The subjects a corpus describes — its documents' titles and the parts of those titles — as a dictionary of
 * analysed term sequences, so a request that names one ("a toast for the Kettleby Herring Festival", "the
 * `quarry-plugin-docker` release that …") can be told from one that only uses the corpus's vocabulary. A title part
 * counts when it is specific: its rarest term is in at most `maxShare` of the corpus (a product or plan name the
 * whole corpus repeats names nothing in particular), not every term is used by the training prompts, and a single
 * term is in at most `maxShare` of the titles too (a lone "Pricing" or "FAQ" is a topic, not a subject).
 */
export class SubjectIndex {
  private readonly keys: ReadonlyMap<string, string>;
  /** First terms of the keys: a position whose term starts none is skipped at once. */
  private readonly firsts: ReadonlySet<string>;

  constructor(readonly data: SubjectData) {
    this.keys = new Map(data.keys.map((key, index) => [key, data.names[index] ?? key]));
    this.firsts = new Set(data.keys.map((key) => key.split(" ")[0] as string));
  }

  get size(): number {
    return this.keys.size;
  }

  static build(titles: readonly string[], trainingTerms: ReadonlySet<string>, profile: DeploymentProfile, maxShare = 0.01): SubjectIndex {
    const parts = new Map<string, number>();
    const names = new Map<string, string>();
    for (const title of new Set(titles)) {
      const pieces = [title, ...title.split(titleParts)].map((piece) => piece.trim()).filter(Boolean);
      const keys = new Map(pieces.map((piece) => [routerTerms(piece).join(" "), piece]));
      keys.delete("");
      for (const [key, piece] of keys) {
        parts.set(key, (parts.get(key) ?? 0) + 1);
        if (!names.has(key)) names.set(key, piece);
      }
    }
    const limit = Math.max(2, Math.floor(new Set(titles).size * maxShare));
    const keys = [...parts]
      .filter(([key, count]) => {
        const terms = key.split(" ");
        if (terms.length > longest || terms.every((term) => trainingTerms.has(term))) return false;
        if (Math.min(...terms.map((term) => profile.corpusShare(term))) > maxShare) return false;
        return terms.length >= 2 || (count <= limit && key.length > 2);
      })
      .map(([key]) => key)
      .sort();
    return new SubjectIndex({ keys, names: keys.map((key) => names.get(key) ?? key) });
  }

  /** The subjects named in a term sequence: longest matches first, not overlapping. */
  find(sequence: readonly string[]): NamedSubject[] {
    if (this.keys.size === 0) return [];
    const found: NamedSubject[] = [];
    for (let at = 0; at < sequence.length; ) {
      let match = 0;
      if (!this.firsts.has(sequence[at] as string)) {
        at += 1;
        continue;
      }
      for (let length = Math.min(longest, sequence.length - at); length >= 1; length -= 1) {
        if (this.keys.has(sequence.slice(at, at + length).join(" "))) {
          match = length;
          break;
        }
      }
      if (match > 0) {
        const key = sequence.slice(at, at + match).join(" ");
        found.push({ key, name: this.keys.get(key) ?? key, at, length: match });
        at += match;
      } else {
        at += 1;
      }
    }
    return found;
  }
}
