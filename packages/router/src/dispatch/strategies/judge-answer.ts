import { round } from "@tandem/core";
import type { BothConfig } from "../../config/execution-config";
import { groundedness } from "../groundedness";
import { findHedge } from "../hedge";
import type { TargetOutput, TargetSource } from "../target";

export interface AnswerVerdict {
  /** True when the answer can be served as it is. */
  usable: boolean;
  /** Reads after "the tuned answer …": `hedges ("I'm not sure")`, `has only 31% of its content words in the sources`. */
  reason: string;
  /** Share of its content words the sources contain, when sources were at hand. */
  groundedness?: number;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * Whether an answer can stand (Self-Route's check, deterministic): no hedge or abstention, a reported confidence
 * (if any) of at least `minConfidence`, and — when sources are at hand — at least `minGroundedness` of its
 * content words found in them.
 */
export function judgeAnswer(output: TargetOutput, settings: BothConfig, sources?: readonly TargetSource[]): AnswerVerdict {
  const hedge = findHedge(output.text, settings.hedges);
  const measured = sources && sources.length > 0 ? groundedness(output.text, sources) : undefined;
  const share = measured ? { groundedness: round(measured.share, 3) } : {};
  if (output.abstained) return { usable: false, reason: "abstained", ...share };
  if (hedge) return { usable: false, reason: `hedges ("${hedge}")`, ...share };
  if (output.confidence !== undefined && output.confidence < settings.minConfidence) {
    return { usable: false, reason: `has confidence ${output.confidence.toFixed(2)}, below ${settings.minConfidence.toFixed(2)}`, ...share };
  }
  if (measured && measured.share < settings.minGroundedness) {
    return {
      usable: false,
      reason: `has only ${percent(measured.share)} of its content words in the retrieved sources (< ${percent(settings.minGroundedness)}; unsupported: ${measured.unsupported.slice(0, 5).join(", ")})`,
      ...share,
    };
  }
  const parts = ["no hedge"];
  if (output.confidence !== undefined) parts.push(`confidence ${output.confidence.toFixed(2)}`);
  parts.push(measured ? `${percent(measured.share)} of its content words are in the retrieved sources` : "no sources to check it against");
  return { usable: true, reason: parts.join(", "), ...share };
}
