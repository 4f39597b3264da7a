import type { LoaderInput } from "./loader";
import type { LoadFailure, MetadataValue, SourceDocument, SourceFormat } from "./source-document";

/** A field of a row by name; dots reach into nested objects (`answer.text`). */
function field(row: Record<string, unknown>, name: string): unknown {
  if (name in row) return row[name];
  let value: unknown = row;
  for (const part of name.split(".")) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const pointer = (name: string) => `/${name.split(".").map((part) => part.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;

/**
 * One document from one row (a JSONL line or a CSV record): the text fields joined by blank lines, the title
 * field, the metadata fields. Returns a failure naming the line and field instead when the row cannot be used.
 */
export function rowDocument(
  input: LoaderInput,
  format: SourceFormat,
  row: Record<string, unknown>,
  line: number,
): { document: SourceDocument } | { failure: LoadFailure } {
  const fail = (reason: string) => ({ failure: { source: input.source, line, reason } });
  const textFields = input.spec.textFields ?? ["text"];
  const parts: string[] = [];
  for (const name of textFields) {
    const value = field(row, name);
    if (value === undefined || value === null) return fail(`missing text field ${pointer(name)}`);
    if (typeof value !== "string" && typeof value !== "number") return fail(`text field ${pointer(name)} is ${Array.isArray(value) ? "an array" : typeof value}, expected text`);
    if (String(value).trim() !== "") parts.push(String(value));
  }
  if (parts.length === 0) return fail(`empty text (${textFields.map(pointer).join(", ")})`);
  const metadata: Record<string, MetadataValue> = { ...input.metadata };
  for (const name of input.spec.metadataFields ?? []) {
    const value = field(row, name);
    if (value === undefined || value === null || value === "") continue;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      return fail(`metadata field ${pointer(name)} is ${Array.isArray(value) ? "an array" : "an object"}; metadata values must be text, numbers or booleans`);
    }
    metadata[name] = value;
  }
  const titleName = input.spec.titleField ?? "title";
  const titleValue = field(row, titleName);
  if (input.spec.titleField && (titleValue === undefined || titleValue === null || titleValue === "")) return fail(`missing title field ${pointer(titleName)}`);
  const title = typeof titleValue === "string" || typeof titleValue === "number" ? String(titleValue) : `${input.source} line ${line}`;
  return {
    document: {
      source: input.source,
      path: input.path,
      title,
      text: parts.join("\n\n"),
      format,
      modifiedAt: input.modifiedAt,
      contentHash: input.contentHash,
      line,
      ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
    },
  };
}
