import { describe, expect, it } from "vitest";
import { findTables } from "./find-tables";

const exact = (text: string, line: { text: string; start: number; end: number } | undefined) => line && text.slice(line.start, line.end) === line.text;

describe("findTables", () => {
  it("finds a Markdown table's header, delimiter and rows with exact offsets", () => {
    const text = "## SLA\n\nMonthly commitments:\n\n| Plan | Monthly uptime |\n|---|---|\n| Hobby | No SLA |\n| Pro | 99.95% |\n\nCredits follow.";
    const [table, ...rest] = findTables(text);
    expect(rest).toEqual([]);
    expect(table).toMatchObject({ format: "markdown", header: { text: "| Plan | Monthly uptime |" }, delimiter: { text: "|---|---|" } });
    expect(table?.rows.map((row) => row.text)).toEqual(["| Hobby | No SLA |", "| Pro | 99.95% |"]);
    for (const line of [table?.header, table?.delimiter, ...(table?.rows ?? [])]) expect(exact(text, line)).toBe(true);
    expect(text.slice(table?.start, table?.end)).toBe("| Plan | Monthly uptime |\n|---|---|\n| Hobby | No SLA |\n| Pro | 99.95% |");
  });

  it("reads a pipe table without outer pipes, and a body without its header (a chunk cut inside a table)", () => {
    expect(findTables("Plan | Price\n:--- | ---:\nPro | $79")[0]).toMatchObject({ header: { text: "Plan | Price" }, rows: [{ text: "Pro | $79" }] });
    const [body] = findTables("| Pro | $79 |\n| Enterprise | custom |");
    expect(body?.header).toBeUndefined();
    expect(body?.rows.map((row) => row.text)).toEqual(["| Pro | $79 |", "| Enterprise | custom |"]);
  });

  it("reads the HTML loader's rendering of a <table> (cells joined by ' | '), first row as header", () => {
    const text = "Opening hours\n\nBranch | Weekdays | Saturday\nCentral | 09:00–20:00 | 10:00–17:00\nEastside | 10:00–18:00 | closed\n\nHolidays differ.";
    const [table] = findTables(text);
    expect(table).toMatchObject({ format: "cells", header: { text: "Branch | Weekdays | Saturday" } });
    expect(table?.rows.map((row) => row.text)).toEqual(["Central | 09:00–20:00 | 10:00–17:00", "Eastside | 10:00–18:00 | closed"]);
    expect(table?.rows.every((row) => exact(text, row))).toBe(true);
  });

  it("finds no table in prose with a pipe, in ragged lines, or in a fenced code block", () => {
    expect(findTables("Use a | b to pipe output.")).toEqual([]);
    expect(findTables("a | b\nc | d | e")).toEqual([]);
    expect(findTables("```sh\ncat x | grep y\ncat z | grep w\n```")).toEqual([]);
  });
});
