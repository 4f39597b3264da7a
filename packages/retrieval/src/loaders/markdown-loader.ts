import { basename } from "node:path";
import { baseDocument, decodeUtf8, type Loader, requireText } from "./loader";
import type { Heading } from "./source-document";

/** ATX headings (`# Title`), outside fenced code blocks. */
export function markdownHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  let fenced = false;
  for (const match of text.matchAll(/^(?:(```|~~~).*|(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*)$/gm)) {
    if (match[1]) {
      fenced = !fenced;
      continue;
    }
    if (!fenced && match[2] && match[3]) headings.push({ offset: match.index ?? 0, level: match[2].length, text: match[3] });
  }
  return headings;
}

/** Markdown: the file's text; title from the first `#` heading, else the file name; headings for sections. */
export const markdownLoader: Loader = (input) => {
  const text = requireText(decodeUtf8(input.bytes));
  const headings = markdownHeadings(text);
  const title = headings.find((heading) => heading.level === 1)?.text ?? headings[0]?.text ?? basename(input.path);
  return { documents: [{ ...baseDocument(input, "markdown", text, title), headings }], problems: [] };
};

/** Plain text: the file's text; title from its first non-empty line. */
export const plainTextLoader: Loader = (input) => {
  const text = requireText(decodeUtf8(input.bytes));
  const title = text.split("\n").find((line) => line.trim())?.trim().replace(/^#\s+/, "") ?? basename(input.path);
  return { documents: [baseDocument(input, "text", text, title.length > 200 ? `${title.slice(0, 199)}…` : title)], problems: [] };
};
