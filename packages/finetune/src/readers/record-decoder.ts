import type { Finding } from "../validation/finding";
import { findingFor } from "../validation/rule-registry";
import { RawJsonScanner, type ScanStatus } from "./raw-json-scanner";

/** A record's parsed object (when it is one) and the problems found in its raw text. */
export interface DecodedRecord {
  object?: Record<string, unknown>;
  problems: Finding[];
}

/**
 * Turns a scanned record into its parsed object and findings: F02 for anything that is not one complete JSON
 * object (with the pointer and column where it goes wrong), F08 for duplicate keys, M04 for a `weight` written
 * as a float, F01 for lone surrogates. The scan already happened (`status` is its result), so the text is parsed
 * once, natively, and only when it is complete.
 */
export function decodeRecord(text: string, status: ScanStatus, scanner: RawJsonScanner, line: number, problems: Finding[]): DecodedRecord {
  if (scanner.notes) for (const note of scanner.notes) problems.push(noteFinding(note.kind, note.pointer, note.detail, line));
  if (status !== "complete") {
    problems.push(
      findingFor("F02", {
        line,
        pointer: status === "incomplete" ? scanner.pointer(1) : scanner.errorPointer,
        message: syntaxMessage(text, status, scanner),
        hint:
          status === "invalid"
            ? "fix the JSON at the position given (every line must be one complete JSON object)"
            : "the record is cut short: restore its end, or drop the line",
      }),
    );
    return { problems };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    problems.push(findingFor("F02", { line, pointer: position ? pointerAt(text, Number(position[1])) : "", message: `not valid JSON: ${message}` }));
    return { problems };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const kind = value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
    problems.push(findingFor("F02", { line, pointer: "", message: `the record is ${kind}, not a JSON object ("Line ${line} is not a dictionary")` }));
    return { problems };
  }
  return { object: value as Record<string, unknown>, problems };
}

function syntaxMessage(text: string, status: ScanStatus, scanner: RawJsonScanner): string {
  if (status === "incomplete") {
    return `the record ends before its closing bracket (${describeEnd(scanner)}): truncated, or a pretty-printed object whose next lines are not JSON`;
  }
  const where = position(text, scanner.errorOffset);
  return status === "truncated" ? `truncated: ${scanner.errorMessage} (${where})` : `not valid JSON: ${scanner.errorMessage} (${where})`;
}

function describeEnd(scanner: RawJsonScanner): string {
  const pointer = scanner.pointer(1);
  return pointer ? `inside ${pointer}` : "inside the top-level object";
}

/** `column 17` on a one-line record, `record line 3, column 5` in a multi-line one. */
function position(text: string, offset: number): string {
  const before = text.lastIndexOf("\n", offset - 1);
  if (before < 0) return `column ${offset + 1}`;
  let lines = 1;
  for (let index = text.indexOf("\n"); index >= 0 && index < offset; index = text.indexOf("\n", index + 1)) lines += 1;
  return `record line ${lines}, column ${offset - before}`;
}

function noteFinding(kind: "duplicate-key" | "weight-token" | "lone-surrogate", pointer: string, detail: string, line: number): Finding {
  if (kind === "duplicate-key") {
    return findingFor("F08", { line, pointer, message: `duplicate key "${detail}": JSON.parse keeps only the last value` });
  }
  if (kind === "weight-token") {
    return findingFor("M04", {
      line,
      pointer,
      message: `weight is written ${detail}; it must be the integer 0 or 1 (JSON.parse hides this, Python validators reject it)`,
      hint: `write ${Number(detail) === 1 ? "1" : Number(detail) === 0 ? "0" : "0 or 1"} without a decimal point`,
    });
  }
  return findingFor("F01", { line, pointer, message: `lone surrogate escape ${detail}: not valid Unicode, rejected as invalid UTF-8 downstream` });
}

/** The JSON pointer of the value at character `offset` of a record's text (for findings located by offset). */
export function pointerAt(text: string, offset: number): string {
  const scanner = new RawJsonScanner();
  return scanner.scan(text.slice(0, offset)) === "incomplete" ? scanner.pointer() : scanner.errorPointer;
}
