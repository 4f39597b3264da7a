import { decodeUtf8, type Loader } from "./loader";
import { rowDocument } from "./row-document";
import type { LoadFailure, SourceDocument } from "./source-document";

/**
 * JSONL: one document per non-blank line (an object), text from `textFields` (default `text`). A line that is
 * not JSON, not an object, or lacks a text field is reported with its line number; the other lines load.
 */
export const jsonlLoader: Loader = (input) => {
  const documents: SourceDocument[] = [];
  const problems: LoadFailure[] = [];
  const lines = decodeUtf8(input.bytes).split("\n");
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === "") return;
    let row: unknown;
    try {
      row = JSON.parse(text);
    } catch (error) {
      problems.push({ source: input.source, line, reason: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    if (row === null || typeof row !== "object" || Array.isArray(row)) {
      problems.push({ source: input.source, line, reason: "expected a JSON object" });
      return;
    }
    const result = rowDocument(input, "jsonl", row as Record<string, unknown>, line);
    if ("document" in result) documents.push(result.document);
    else problems.push(result.failure);
  });
  if (documents.length === 0 && problems.length === 0) throw new Error("empty file");
  return { documents, problems };
};
