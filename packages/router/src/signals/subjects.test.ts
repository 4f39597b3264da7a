import { describe, expect, it } from "vitest";
import { DeploymentProfile } from "./deployment-profile";
import { routerTerms } from "./function-words";
import { SubjectIndex } from "./subjects";

const titles = ["Kettleby Herring Festival", "Skarrow Head Lighthouse", "Q0311 — Plugin load timeout", "Plugin", "What is QuarryKit?", "Pricing"];
// Every document mentions QuarryKit; "plugin" is common; the festival and the lighthouse are each on one page.
const corpus = [
  ...Array.from({ length: 120 }, (_, index) => `QuarryKit page ${index}: plugin notes and pricing details.`),
  "The Kettleby Herring Festival is held on the first weekend of September.",
  "Skarrow Head Lighthouse was first lit in 1872.",
  "Q0311 fires when a plugin does not load within the timeout.",
];
const prompts = ["Write a poem about the old mill: built 1790", "Write a toast for Ana's retirement: 30 years at the bakery"];

describe("SubjectIndex", () => {
  const profile = DeploymentProfile.build(prompts, corpus);
  const index = SubjectIndex.build(titles, new Set(prompts.flatMap(routerTerms)), profile);

  it("keeps the specific subjects a corpus describes and drops what every page repeats", () => {
    const names = index.data.names;
    expect(names).toEqual(expect.arrayContaining(["Kettleby Herring Festival", "Skarrow Head Lighthouse", "Q0311"]));
    expect(names).not.toContain("What is QuarryKit?");
    expect(names).not.toContain("Plugin");
    expect(names).not.toContain("Pricing");
  });

  it("finds the subjects a request names, longest first, without overlaps", () => {
    const found = index.find(routerTerms("A postcard blurb for the Kettleby Herring Festival near Skarrow Head Lighthouse; QuarryKit fans welcome"));
    expect(found.map((subject) => subject.name)).toEqual(["Kettleby Herring Festival", "Skarrow Head Lighthouse"]);
    expect(index.find(routerTerms("why does Q0311 keep firing"))).toMatchObject([{ name: "Q0311" }]);
    expect(index.find(routerTerms("Write a poem about the old mill"))).toEqual([]);
  });

  it("round-trips through its data (the calibration cache)", () => {
    expect(new SubjectIndex(index.data).find(routerTerms("Skarrow Head Lighthouse"))).toEqual(index.find(routerTerms("Skarrow Head Lighthouse")));
  });
});

describe("routerTerms", () => {
  it("drops function words of the languages requests mix in, and keeps English words that look like them", () => {
    expect(routerTerms("cuanto es el copay de la farmacia")).toEqual(routerTerms("copay farmacia"));
    expect(routerTerms("quel le score du match")).toEqual(routerTerms("score match"));
    expect(routerTerms("whats the war memorial's son et lumière")).toEqual(expect.arrayContaining(["war", "son"]));
  });
});
