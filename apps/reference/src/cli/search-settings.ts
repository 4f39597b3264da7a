import { type Command, Option } from "commander";
import type { SearchSettings } from "@tandem/retrieval";
import { nonNegativeNumber } from "./parsers";

/** What the search switches parse to (commander names). */
export interface SearchSettingFlags {
  hop?: boolean;
  feedback?: boolean;
  feedbackGuard?: boolean;
  titleWeight?: number;
  fusion?: "guarded" | "rrf" | "score";
  denseWeight?: number;
}

/** The switches of the default search's components (each overrides rag.hybrid for this run). */
export function addSearchSettingOptions(command: Command): Command {
  return command
    .option("--no-hop", "switch off the linked-document hop")
    .option("--no-feedback", "switch off RM3 pseudo-relevance feedback")
    .option("--no-feedback-guard", "apply the feedback to every query (its guard skips queries whose best hits name other documents)")
    .option("--title-weight <w>", "weight of the title field in BM25 (0 = text only)", nonNegativeNumber)
    .addOption(new Option("--fusion <fusion>", "how lexical and dense combine").choices(["guarded", "rrf", "score"]))
    .option("--dense-weight <w>", "weight of the dense side (0 = no dense search)", nonNegativeNumber);
}

/** The flags given, as per-search settings (flags left out keep the config's). */
export function searchSettings(flags: SearchSettingFlags): SearchSettings {
  return {
    ...(flags.hop === false ? { hop: false as const } : {}),
    ...(flags.feedback === false ? { feedback: false as const } : flags.feedbackGuard === false ? { feedback: { guard: false } } : {}),
    ...(flags.titleWeight === undefined ? {} : { titleWeight: flags.titleWeight }),
    ...(flags.fusion ? { fusion: flags.fusion } : {}),
    ...(flags.denseWeight === undefined ? {} : { denseWeight: flags.denseWeight }),
  };
}
