import { extname } from "node:path";
import type { ProviderProfile } from "../profiles/provider-profile";
import type { DatasetFormat } from "../readers/dataset-format";
import type { TokenReport } from "../tokens/token-tally";
import type { Finding } from "./finding";
import { formatBytes } from "./format-bytes";
import { findingFor } from "./rule-registry";

export interface DatasetFacts {
  profile: ProviderProfile;
  file: string;
  bytes: number;
  format: DatasetFormat;
  examples: number;
  examplesWithImages: number;
  tokens: TokenReport;
  /** Distinct definition hashes per tool name. */
  toolVariety: ReadonlyMap<string, ReadonlySet<number>>;
}


const count = (value: number) => value.toLocaleString("en-US");

/** The whole-file rules: F04 count, F05 size, F06 acceptance, T07 tool variety, P06 pair bias, E10 image count, K02–K05. */
export function datasetFindings(facts: DatasetFacts): Finding[] {
  const { profile, tokens } = facts;
  const findings: Finding[] = [];
  if (facts.examples < profile.minExamples) {
    findings.push(findingFor("F04", { message: `${facts.examples} example(s); ${profile.name} needs at least ${profile.minExamples}` }));
  }
  if (profile.maxExamples !== undefined && facts.examples > profile.maxExamples) {
    findings.push(findingFor("F04", { message: `${count(facts.examples)} examples; ${profile.name} takes at most ${count(profile.maxExamples)}` }));
  }
  findings.push(...sizeFindings(facts));
  const extension = extname(facts.file).toLowerCase();
  if (!profile.extensions.includes(extension)) {
    findings.push(findingFor("F06", { message: `the file name ends in "${extension || "(nothing)"}"; ${profile.name} takes ${profile.extensions.join(", ")}` }));
  }
  if (!profile.formats.includes(facts.format)) {
    findings.push(findingFor("F06", { message: `${profile.name} does not take ${facts.format} files (it takes ${profile.formats.join(", ")})` }));
  } else if (facts.format === "openai-dpo" && !profile.dpo) {
    findings.push(findingFor("F06", { message: `${profile.name} does not train on preference (DPO) files` }));
  }
  const varied = [...facts.toolVariety].filter(([, definitions]) => definitions.size > 1).map(([name, definitions]) => `${name} (${definitions.size})`);
  if (varied.length > 0) {
    findings.push(findingFor("T07", { message: `tools defined differently across examples: ${varied.slice(0, 10).join(", ")}${varied.length > 10 ? ", …" : ""}; use one definition per tool, the same as at inference` }));
  }
  if (tokens.pairs) {
    const share = tokens.pairs.preferredLongerShare;
    findings.push(
      findingFor("P06", {
        severity: share > 0.8 || share < 0.2 ? "warn" : "info",
        message: `the preferred output is the longer one in ${(share * 100).toFixed(0)}% of ${count(tokens.pairs.count)} pairs${share > 0.8 ? ": the model may learn that longer is better" : ""}`,
      }),
    );
  }
  const maxWithImages = profile.images.maxExamplesWithImages;
  if (maxWithImages !== undefined && facts.examplesWithImages > maxWithImages) {
    findings.push(findingFor("E10", { message: `${count(facts.examplesWithImages)} examples hold images; at most ${count(maxWithImages)} per file` }));
  }
  if (facts.examplesWithImages > 0) {
    findings.push(findingFor("E10", { severity: "info", message: `${count(facts.examplesWithImages)} examples hold images: images of people, faces, children or CAPTCHAs are skipped server-side, which cannot be checked locally` }));
  }
  findings.push(...tokenFindings(tokens));
  return findings;
}

function sizeFindings(facts: DatasetFacts): Finding[] {
  const { maxFileBytes, largeUploadBytes, name } = facts.profile;
  if (maxFileBytes === undefined || facts.bytes <= maxFileBytes) return [];
  if (largeUploadBytes !== undefined && facts.bytes <= largeUploadBytes) {
    return [findingFor("F05", { severity: "info", message: `${formatBytes(facts.bytes)} is over the ${formatBytes(maxFileBytes)} simple-upload limit: upload it through the multipart Uploads API (parts of ≤64 MB, up to ${formatBytes(largeUploadBytes)})` })];
  }
  return [findingFor("F05", { message: `${formatBytes(facts.bytes)} is over ${name}'s ${formatBytes(largeUploadBytes ?? maxFileBytes)} limit` })];
}

function tokenFindings(tokens: TokenReport): Finding[] {
  const findings: Finding[] = [];
  if (tokens.encodingAssumed) {
    findings.push(findingFor("K02", { message: `model "${tokens.model}" is not an OpenAI model the tokenizer knows: tokens counted with ${tokens.encoding}, so counts are approximate` }));
  }
  if (tokens.approximateExamples > 0) {
    findings.push(findingFor("K03", { message: `${count(tokens.approximateExamples)} example(s) hold tool definitions, tool calls, images or unbroken runs of 4,000+ characters: their token counts are approximate` }));
  }
  if (tokens.examples > 0) {
    const share = tokens.totalTokens === 0 ? 0 : tokens.trainableTokens / tokens.totalTokens;
    findings.push(
      findingFor("K04", {
        message: `${count(tokens.trainableTokens)} trainable tokens (assistant, weight 1) of ${count(tokens.totalTokens)} tokens (${(share * 100).toFixed(1)}%); ${count(tokens.billedTokens)} billed per epoch`,
      }),
    );
    findings.push(
      findingFor("K05", {
        message: tokens.cost
          ? `≈ $${tokens.cost.usd.toFixed(2)} for ${tokens.epochs} epoch(s) × ${count(tokens.billedTokens)} tokens at $${tokens.cost.pricePerMillionTokens}/1M (${tokens.cost.note})`
          : `${count(tokens.chargedTokens)} charged tokens for ${tokens.epochs} epoch(s); no price known for ${tokens.model}: pass --price (USD per 1M training tokens)`,
      }),
    );
  }
  return findings;
}
