import { describe, expect, it } from "vitest";
import { splitPayload } from "./payload";

describe("splitPayload", () => {
  it("splits a task prompt at the colon, question mark, line break or quote that starts its material", () => {
    expect(splitPayload('Triage this ticket: "the export stalls"')).toEqual({ instruction: "Triage this ticket:", payload: '"the export stalls"' });
    expect(splitPayload("Can you review this? SELECT 1")).toEqual({ instruction: "Can you review this?", payload: "SELECT 1" });
    expect(splitPayload("Summarize for the status page\n\n09:00 UTC outage")).toEqual({ instruction: "Summarize for the status page", payload: "09:00 UTC outage" });
    expect(splitPayload("Write a shelf-talker for 'The Salt Road' by Aisha Brent")).toEqual({ instruction: "Write a shelf-talker for", payload: "'The Salt Road' by Aisha Brent" });
  });

  it("splits after a short instruction sentence followed by longer material, not before a short question", () => {
    expect(splitPayload("Draft the announcement. The 20:40 to Westmere leaves from platform 5, not platform 3.")).toEqual({
      instruction: "Draft the announcement.",
      payload: "The 20:40 to Westmere leaves from platform 5, not platform 3.",
    });
    expect(splitPayload("A customer asked whether pg_cron works on Starter. Does it?").payload).toBe("");
    expect(splitPayload("Reply to Mr. Lee about the lift at the station near the river. Thanks").payload).toBe("");
    expect(splitPayload("commit message for removing the `--legacy` flag. breaking change, users must use `--compat=v1` from now on")).toMatchObject({
      instruction: "commit message for removing the `--legacy` flag.",
    });
    expect(splitPayload("reminder for the appt. at the clinic on monday morning at nine, bring the card").payload).toBe("");
  });

  it("splits after a short task head followed by a comma and a list of figures, not before a sentence", () => {
    expect(splitPayload("Quote for Brennan & Co, 2 plts Swansea to Cardiff, base 39.00 each, fuel 15.2%, Saturday delivery 45")).toEqual({
      instruction: "Quote for Brennan & Co",
      payload: "2 plts Swansea to Cardiff, base 39.00 each, fuel 15.2%, Saturday delivery 45",
    });
    expect(splitPayload("promemoria sig.ra Fumasoni, igiene martedì 17/11 ore 15:00, Castellan Cremona, Via Dante 102").instruction).toBe("promemoria sig.ra Fumasoni");
    expect(splitPayload("Bought a toaster at Elmsworth five weeks ago, never used, still boxed, can I return it").payload).toBe("");
    expect(splitPayload("reminder for Mrs Lee, cleaning on 17/11 at 15:00").payload).toBe("");
  });

  it("splits at a dash between spaces followed by longer material, not before a short afterthought", () => {
    expect(splitPayload("close-out please — WO-1234 meter stuck at 27 Foss Lane, swapped for a new one")).toEqual({
      instruction: "close-out please",
      payload: "— WO-1234 meter stuck at 27 Foss Lane, swapped for a new one",
    });
    expect(splitPayload("Notice please - hydrant flushing in Northfield on Monday from 7:30 to 2:30")).toMatchObject({ instruction: "Notice please" });
    expect(splitPayload("What is the reconnection fee for a home on a small meter — and is it refundable?").payload).toBe("");
    expect(splitPayload("Write a follow-up for the well-known case").payload).toBe("");
  });

  it("leaves requests that only name their subject whole, and ignores times and apostrophes", () => {
    expect(splitPayload("Summarize the August 19 incident for the status page.")).toEqual({ instruction: "Summarize the August 19 incident for the status page.", payload: "" });
    expect(splitPayload("Write a blurb for the 18:00 talk that won't be recorded?")).toEqual({ instruction: "Write a blurb for the 18:00 talk that won't be recorded?", payload: "" });
  });
});
