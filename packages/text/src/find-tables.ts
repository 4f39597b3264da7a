/** One line of a table with its character span in the text (`text.slice(start, end) === line.text`). */
export interface TableLine {
  text: string;
  start: number;
  end: number;
}

/** A table found in text. */
export interface TextTable {
  /**
   * `markdown`: a pipe table (`| a | b |`, with or without outer pipes when a delimiter row follows the header);
   * `cells`: lines of cells joined by ` | ` with no delimiter row, as the HTML loader renders a `<table>`.
   */
  format: "markdown" | "cells";
  /** The header row; absent when the text holds only the body (a chunk that starts inside a long table). */
  header?: TableLine;
  /** The Markdown delimiter row (`|---|---|`) under the header. */
  delimiter?: TableLine;
  /** The body rows, in order. */
  rows: TableLine[];
  start: number;
  end: number;
}

const delimiterRow = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Finds the tables of a text: runs of consecutive non-blank lines that hold a `|`.
 * - A run whose second line is a delimiter row is a Markdown table: header, delimiter, body.
 * - A run whose lines all start with `|` but has no delimiter under its first line is a table body without its
 *   header (delimiter rows inside it are skipped).
 * - A run of at least two lines that all have the same number (≥ 2) of ` | `-separated cells is a `cells` table
 *   (the HTML loader's rendering); its first line is taken as the header.
 * Anything else (a lone `a | b` in prose, lines in a fenced code block) is not a table.
 */
export function findTables(text: string): TextTable[] {
  const tables: TextTable[] = [];
  let run: TableLine[] = [];
  const close = () => {
    const table = classify(run);
    if (table) tables.push(table);
    run = [];
  };
  let start = 0;
  let fenced = false;
  for (const line of text.split("\n")) {
    if (/^\s*(?:```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && line.includes("|") && line.trim() !== "") {
      const leading = line.length - line.trimStart().length;
      run.push({ text: line.trim(), start: start + leading, end: start + line.trimEnd().length });
    } else {
      close();
    }
    start += line.length + 1;
  }
  close();
  return tables;
}

function classify(run: readonly TableLine[]): TextTable | undefined {
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return undefined;
  const span = { start: first.start, end: last.end };
  const second = run[1];
  if (second && delimiterRow.test(second.text) && !delimiterRow.test(first.text)) {
    return { format: "markdown", header: first, delimiter: second, rows: run.slice(2).filter((line) => !delimiterRow.test(line.text)), ...span };
  }
  if (run.every((line) => line.text.startsWith("|"))) {
    const rows = run.filter((line) => !delimiterRow.test(line.text));
    return rows.length > 0 ? { format: "markdown", rows, ...span } : undefined;
  }
  const widths = run.map((line) => line.text.split(" | ").length);
  if (run.length >= 2 && (widths[0] as number) >= 2 && widths.every((width) => width === widths[0])) {
    return { format: "cells", header: first, rows: run.slice(1), ...span };
  }
  return undefined;
}
