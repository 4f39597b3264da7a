import { describe, expect, it } from "vitest";
import { DeploymentProfile } from "./deployment-profile";
import { FreshnessIndex } from "./freshness";

const prompts = ["Write a reply to this customer: the export stalls", "Write a reply to this customer: invoices are wrong"];
const corpus = ["# Regions\nUpdated: 2026-01-10\nProjects run in Oslo.", "# Launch\nDate: 2026-09-15\nProjects can now run in Lima and Oslo."];
const dates = ["2026-01-10", "2026-09-15"];

describe("FreshnessIndex.build", () => {
  it("takes the cutoff from config, else from the latest date in the training prompts, else has none", () => {
    expect(FreshnessIndex.build({ cutoff: "2026-06-30", trainingPrompts: prompts, corpusTexts: [] }).data).toMatchObject({ cutoff: "2026-06-30", cutoffSource: "config" });
    const dated = FreshnessIndex.build({ trainingPrompts: ["Summarize: outage on 2026-03-01", "Summarize: outage on 2025-12-24"], corpusTexts: [] });
    expect(dated.data).toMatchObject({ cutoff: "2026-03-01", cutoffSource: "training-data" });
    expect(FreshnessIndex.build({ trainingPrompts: prompts, corpusTexts: [] }).data).toEqual({ cutoff: null, cutoffSource: "none", freshTerms: [] });
  });

  it("marks terms first seen in documents dated after the cutoff, unless the training prompts use them", () => {
    const index = FreshnessIndex.build({ cutoff: "2026-06-30", trainingPrompts: prompts, corpusTexts: corpus, corpusDates: dates });
    // "lima", "launch", "date" and "2026-09-15" appear only in the September document ("now" is a stopword).
    expect(index.data.freshTerms).toEqual(["2026-09-15", "date", "launch", "lima"]);
  });
});

describe("FreshnessIndex.measure", () => {
  const profile = DeploymentProfile.build(prompts, corpus);
  const index = FreshnessIndex.build({ cutoff: "2026-06-30", trainingPrompts: prompts, corpusTexts: corpus, corpusDates: dates });

  it("is 1 for a temporal cue or a date after the cutoff in the instruction", () => {
    expect(index.measure(profile.analyze("What is the latest region?"), profile)).toMatchObject({ value: 1, cues: ["latest"] });
    expect(index.measure(profile.analyze("Write a reply about the September 20 change"), profile)).toMatchObject({ value: 1, laterDates: ["September 20"] });
    expect(index.measure(profile.analyze("Write a reply about the May 20 change"), profile).laterDates).toEqual([]);
  });

  it("ignores cues and dates inside the material a request brings", () => {
    expect(index.measure(profile.analyze('Write a reply to this customer: "today the export failed on 2026-12-01"'), profile).value).toBe(0);
  });

  it("otherwise is the IDF-weighted share of the instruction's content that is fresh", () => {
    const query = profile.analyze("Which projects run in Lima?");
    // content terms: project (in both docs), run (both), lima (September doc only).
    const idf = (term: string) => profile.corpusIdf(term);
    const expected = idf("lima") / (idf("project") + idf("run") + idf("lima"));
    const measured = index.measure(query, profile);
    expect(measured.freshTerms).toEqual(["lima"]);
    expect(measured.value).toBeCloseTo(expected, 10);
    expect(measured.value).toBeCloseTo(Math.log(3 / 1.5) / (2 * Math.log(3 / 2.5) + Math.log(3 / 1.5)), 10);
  });
});
