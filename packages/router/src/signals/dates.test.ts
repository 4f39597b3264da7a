import { describe, expect, it } from "vitest";
import { documentDate, findDates, passageDate } from "./dates";

describe("findDates", () => {
  it("reads ISO dates and written-out dates with a year", () => {
    expect(findDates("Since 2026-12-09T15:00Z, and on September 23, 2026 and 4 Aug 2026; see Oct 2026.").map((found) => found.iso)).toEqual([
      "2026-12-09",
      "2026-09-23",
      "2026-08-04",
      "2026-10-01",
    ]);
  });

  it("reads yearless dates only with a reference year, and never a bare month name or a time", () => {
    expect(findDates("the September 23 incident and 3 June")).toEqual([]);
    expect(findDates("the September 23 incident and 3 June", 2026)).toEqual([
      { iso: "2026-09-23", text: "September 23", yearless: true, index: 4 },
      { iso: "2026-06-03", text: "3 June", yearless: true, index: 30 },
    ]);
    expect(findDates("You may renew at 18:00 in March", 2026)).toEqual([]);
    expect(findDates("June 18:00", 2026)).toEqual([]);
  });

  it("skips impossible dates", () => {
    expect(findDates("2026-13-40 and 2026-02-30")).toEqual([{ iso: "2026-02-30", text: "2026-02-30", yearless: false, index: 15 }]);
  });
});

describe("documentDate", () => {
  it("takes the publication date near the top of a document, never an update stamp", () => {
    expect(documentDate("# Incident\nDate: 2026-08-19\n\nPooled connections failed.")).toBe("2026-08-19");
    expect(documentDate("# Pricing\nUpdated: 2026-11-02\n\nPrices changed on 2026-10-01.")).toBe("2026-10-01");
    expect(documentDate("# Regions\nLast updated on 2026-11-02\n\nSeven regions.")).toBeUndefined();
    expect(documentDate("# Holds\nHolds are kept for 7 days.")).toBeUndefined();
    expect(documentDate(`${"x".repeat(500)} 2026-01-01`)).toBeUndefined();
  });
});

describe("passageDate", () => {
  it("is the earliest full date a passage mentions, else its document's publication date", () => {
    expect(passageDate("## 2026-11-18\nCLI v2.15.0 adds branch diff. (Replaces the 2026-10-14 flag.)")).toBe("2026-10-14");
    expect(passageDate("Updated: 2026-11-18\nBackups are kept 7 days.", "2026-09-01")).toBe("2026-09-01");
    expect(passageDate("Backups are kept 7 days.")).toBeUndefined();
  });
});
