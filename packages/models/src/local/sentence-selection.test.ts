import { describe, expect, it } from "vitest";
import { type ContextBlock, groundedMessages } from "../grounded/grounded-prompt";
import { abstainText, ExtractiveReader } from "./extractive-reader";
import { citeSentences, selectSentences } from "./sentence-selection";

const sla: ContextBlock = {
  marker: 1,
  source: "corpus/sla.md",
  title: "Service Level Agreement › Uptime commitment",
  text: [
    "## Uptime commitment",
    "",
    "| Plan | Monthly uptime commitment |",
    "|---|---|",
    "| Hobby | No SLA |",
    "| Starter | No SLA (target 99.9%, no service credits) |",
    "| Pro | 99.95% |",
    "| Enterprise | 99.99% |",
    "",
    "A 30-day month has 43,200 minutes. 99.95% allows about 21.6 minutes of downtime per month.",
  ].join("\n"),
};
const limits: ContextBlock = {
  marker: 2,
  source: "corpus/management-api.md",
  title: "Management API › Rate limits",
  text: "## Rate limits\n\n| Plan | Requests per minute per token |\n|---|---|\n| Hobby, Starter, Pro | 600 |\n| Enterprise | 3,000 |\n\nWhen you exceed the limit, the API returns `429 Too Many Requests`.",
};
const notice: ContextBlock = {
  marker: 3,
  source: "corpus/notice.md",
  title: "Notice: SLA update",
  text: "The SLA table is unchanged:\n\n| Plan | Monthly uptime commitment |\n|---|---|\n| Pro | 99.95% |",
};
const hours: ContextBlock = {
  marker: 1,
  source: "branches.html",
  title: "Branches",
  // The HTML loader's rendering of a <table>: cells joined by " | ", one row a line.
  text: "Opening hours\n\nBranch | Weekdays | Saturday\nCentral | 09:00–20:00 | 10:00–17:00\nEastside | 10:00–18:00 | closed\n\nHolidays differ.",
};

const reader = new ExtractiveReader();
const answer = async (question: string, blocks: ContextBlock[]) => String((await reader.invoke(groundedMessages(question, blocks))).content);

describe("the extractive reader on tables", () => {
  it("quotes the matching row under the table's header row, with its marker", async () => {
    expect(await answer("What monthly uptime does the SLA promise on Pro?", [sla, limits])).toBe(
      "| Plan | Monthly uptime commitment |\n|---|---|\n| Pro | 99.95% | [1]",
    );
    expect(await answer("What is the Management API rate limit per token on Enterprise, in requests per minute?", [sla, limits])).toBe(
      "| Plan | Requests per minute per token |\n|---|---|\n| Enterprise | 3,000 | [2]",
    );
  });

  it("quotes several rows of one table under one header, in table order, and never a row twice", async () => {
    const selected = selectSentences("What monthly uptime do Pro and Enterprise get?", [sla, notice], { maxSentences: 3 });
    const text = citeSentences(selected);
    const lines = text.split("\n");
    expect(lines.filter((line) => line.startsWith("| Plan |"))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith("| Pro | 99.95% |"))).toHaveLength(1);
    expect(text).toContain("| Plan | Monthly uptime commitment |\n|---|---|\n| Pro | 99.95% |\n| Enterprise | 99.99% | [1]");
  });

  it("keeps one copy of a row that two sources repeat", () => {
    const selected = selectSentences("What monthly uptime does Pro get?", [sla, notice], { maxSentences: 3 });
    expect(selected.filter((sentence) => sentence.text === "| Pro | 99.95% |")).toHaveLength(1);
  });

  it("reads an HTML-derived table: the first row is the header", async () => {
    expect(await answer("What are the Eastside opening hours on weekdays?", [hours])).toBe("Branch | Weekdays | Saturday\nEastside | 10:00–18:00 | closed [1]");
  });

  it("gives offsets that slice the quoted row, and the header's, out of the block", () => {
    const [row] = selectSentences("What monthly uptime does the SLA promise on Pro?", [sla]);
    expect(row && sla.text.slice(row.start, row.end)).toBe("| Pro | 99.95% |");
    expect(row?.table?.header && sla.text.slice(row.table.header.start, row.table.header.end)).toBe("| Plan | Monthly uptime commitment |");
  });
});

describe("the extractive reader's abstention", () => {
  const backups: ContextBlock = {
    marker: 1,
    source: "corpus/backups.md",
    title: "Backups",
    text: "## Retention\n\nDaily backups are kept for 7 days on Starter and 30 days on Pro.\n\n## Restores\n\nA restore takes about 10 minutes per 100 GB.",
  };

  it("answers when a sentence, read with its heading and paragraph, holds the answer", async () => {
    expect(await answer("How long are daily backups retained on Pro?", [backups])).toBe("Daily backups are kept for 7 days on Starter and 30 days on Pro. [1]");
    // "Inductions run every Saturday" names no laser cutter: its paragraph does.
    const makerspace: ContextBlock = {
      marker: 1,
      source: "corpus/makerspace.md",
      text: "- You must complete a 45-minute safety induction before using the laser cutter. Inductions run every Saturday at 10:30.",
    };
    expect(await answer("When are laser cutter inductions?", [makerspace])).toContain("Inductions run every Saturday at 10:30. [1]");
  });

  it("abstains when the sources do not hold the answer", async () => {
    // Unrelated to the sources.
    expect(await answer("Who won the 1998 world cup final?", [backups, sla])).toBe(abstainText);
    // On topic, but it names a plan the sources never mention.
    expect(await answer("What monthly uptime does the SLA promise on the Titan plan?", [sla])).toBe(abstainText);
    // It asks "when", and no sentence holds a date or a time it does not already say.
    expect(await answer("When were daily backups on Pro introduced?", [backups])).toBe(abstainText);
  });
});
