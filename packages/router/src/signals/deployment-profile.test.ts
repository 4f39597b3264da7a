import { describe, expect, it } from "vitest";
import { DeploymentProfile } from "./deployment-profile";

const prompts = [
  'Triage this ticket: "the dashboard is blank since Monday"',
  'Triage this ticket: "invoices show the wrong dashboard total"',
  'Triage this ticket: "exports stall at 40%"',
  "Review this query: SELECT id FROM orders",
  "Review this query: SELECT total FROM invoices",
];
const corpus = ["The dashboard shows usage per project.", "Invoices are sent on the first day of the month.", "Exports run nightly.", "Egress costs $0.09 per GB in sa-east-1."];

describe("DeploymentProfile", () => {
  const profile = DeploymentProfile.build(prompts, corpus);

  it("weighs the trained tasks' wording, and counts task weight over instructions only", () => {
    expect(profile.framing("triag")).toBeGreaterThan(1);
    // "select" comes only in the prompts' material: framing, but no task weight.
    expect(profile.framing("select")).toBeGreaterThan(1);
    expect(profile.taskFraming("select")).toBe(0);
    expect(profile.taskFraming("triag")).toBeGreaterThan(1);
  });

  it("measures a training prompt leave-one-out: as if it were not in the training data", () => {
    // "dashboard" is in two prompts; without one of them it is in one, which is not framing.
    expect(profile.framing("dashboard")).toBeGreaterThan(0);
    expect(profile.framing("dashboard", DeploymentProfile.leftOut(prompts[0] as string))).toBe(0);
    const alone = profile.analyze(prompts[2] as string, DeploymentProfile.leftOut(prompts[2] as string));
    expect(alone.novelty).toBeGreaterThan(0);
    expect(profile.analyze(prompts[2] as string).novelty).toBe(0);
  });

  it("sees a request that opens like a trained task, and corpus-only subjects outside its material", () => {
    const task = profile.analyze("Triage this ticket about egress in sa-east-1");
    const question = profile.analyze("What does egress cost in sa-east-1?");
    expect(task.headFraming).toBeGreaterThan(1);
    expect(question.headFraming).toBe(0);
    // "How much" is a question word, even where a trained task also asks "how much" ("How much do we owe: …").
    const owe = DeploymentProfile.build(["How much do we owe: single, 40 minutes late", "How much do we owe: return, 50 minutes late"], corpus);
    expect(owe.analyze("How much do we owe on this claim").headFraming).toBeGreaterThan(1);
    expect(owe.analyze("How much is a single").headFraming).toBe(0);
    expect(task.instructionCorpusTerms).toEqual(expect.arrayContaining(["egress", "sa-east-1"]));
    expect(question.corpusSpecificShare).toBe(1);
    expect(profile.analyze('Triage this ticket: "my cat sat on the keyboard"').corpusSpecificShare).toBe(0);
  });

  it("round-trips through its serialized form", () => {
    const copy = DeploymentProfile.fromData(JSON.parse(JSON.stringify(profile.toData())));
    expect(copy.analyze("Triage this ticket about egress")).toEqual(profile.analyze("Triage this ticket about egress"));
  });
});
