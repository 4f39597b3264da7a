import { describe, expect, it } from "vitest";
import { condenseFollowUp } from "./condense-follow-up";
import { detectFollowUp } from "./follow-up";

describe("detectFollowUp", () => {
  it("finds ellipsis, pronouns in short turns, and very short turns", () => {
    expect(detectFollowUp("and for eu-west-1?")).toMatchObject({ followUp: true, ellipsis: "eu-west-1" });
    expect(detectFollowUp("What about the Pro plan?")).toMatchObject({ followUp: true, ellipsis: "the Pro plan" });
    expect(detectFollowUp("Same for replicas.")).toMatchObject({ followUp: true, ellipsis: "replicas" });
    expect(detectFollowUp("How do I enable it?").cues).toEqual(["pronoun: it", "short: 1 content word"]);
    expect(detectFollowUp("Why?").cues).toEqual(["short: 0 content words"]);
    expect(detectFollowUp("And how do I turn that off?")).toMatchObject({ followUp: true, cues: expect.arrayContaining(["pronoun: that"]) });
    expect(detectFollowUp("And how do I turn that off?").ellipsis).toBeUndefined();
  });

  it("leaves self-contained questions alone, even with a determiner like 'this'", () => {
    expect(detectFollowUp("How long are daily backups retained on the Enterprise plan?").followUp).toBe(false);
    expect(detectFollowUp('Triage this ticket: "Our nightly pg_dump to S3 started failing with permission denied since Monday"').followUp).toBe(false);
    expect(detectFollowUp("And how long are daily backups retained on the Enterprise plan?").followUp).toBe(false);
  });
});

describe("condenseFollowUp", () => {
  it("swaps the entity of the same shape for an ellipsis", () => {
    const previous = "What is the egress price in sa-east-1 since 2026-10-01?";
    expect(condenseFollowUp(previous, "and for eu-west-1?", detectFollowUp("and for eu-west-1?"))).toBe("What is the egress price in eu-west-1 since 2026-10-01?");
    expect(condenseFollowUp("How long are backups kept on Enterprise?", "what about Pro?", detectFollowUp("what about Pro?"))).toBe("How long are backups kept on Pro?");
  });

  it("appends the ellipsis when there is no entity to swap", () => {
    expect(condenseFollowUp("How do I rotate credentials?", "and for replicas?", detectFollowUp("and for replicas?"))).toBe("How do I rotate credentials — replicas?");
  });

  it("carries the previous turn's content words into a pronoun follow-up, once each", () => {
    const previous = "How does point-in-time recovery work on the Pro plan?";
    expect(condenseFollowUp(previous, "How do I enable it?", detectFollowUp("How do I enable it?"))).toBe("How do I enable it? (point-in-time recovery work Pro plan)");
    expect(condenseFollowUp("Is the Pro plan the plan for me?", "Why?", detectFollowUp("Why?"))).toBe("Why? (Pro plan)");
  });
});
