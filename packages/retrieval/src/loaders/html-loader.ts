import { basename } from "node:path";
import { Parser } from "htmlparser2";
import { baseDocument, decodeUtf8, type Loader, requireText } from "./loader";
import type { Heading, RawSegment } from "./source-document";

/** Elements whose content is never text a reader sees (or is navigation chrome). */
const skippedElements = new Set(["script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "nav", "head", "select", "datalist"]);
/** Elements that end a paragraph. */
const blockElements = new Set([
  "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
  "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "ul",
]);
const lineElements = new Set(["br", "tr"]);
const cellElements = new Set(["td", "th"]);
const headingLevel = (name: string) => (/^h[1-6]$/.test(name) ? Number(name.slice(1)) : 0);

function hiddenByAttributes(attributes: Record<string, string>): boolean {
  return "hidden" in attributes || attributes["aria-hidden"] === "true" || attributes.role === "navigation";
}

/** Visible text of an HTML page with a map back to the raw file, its title and its headings. */
export function extractHtml(html: string): { text: string; title: string; headings: Heading[]; segments: RawSegment[] } {
  let text = "";
  const segments: RawSegment[] = [];
  const headings: Heading[] = [];
  let title = "";
  let inTitle = false;
  const stack: { name: string; skip: boolean }[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let pendingBreak = 0;
  let pendingBreakAt = 0;
  let pendingSpaceAt: number | undefined;
  let cellSeparator = false;
  let heading: { level: number; offset: number } | undefined;

  const push = (piece: string, rawStart: number, rawEnd: number, linear: boolean) => {
    segments.push({ textStart: text.length, textLength: piece.length, rawStart, rawEnd, linear });
    text += piece;
  };
  const requestBreak = (size: number, at: number) => {
    if (size > pendingBreak) {
      pendingBreak = size;
      pendingBreakAt = at;
    }
    pendingSpaceAt = undefined;
  };
  /** Emits the break or space owed before new text. */
  const settle = () => {
    if (text.length > 0 && pendingBreak > 0) push("\n".repeat(pendingBreak), pendingBreakAt, pendingBreakAt, false);
    else if (text.length > 0 && pendingSpaceAt !== undefined) push(cellSeparator ? " | " : " ", pendingSpaceAt, pendingSpaceAt + 1, false);
    pendingBreak = 0;
    pendingSpaceAt = undefined;
    cellSeparator = false;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const skip = skipDepth > 0 || skippedElements.has(name) || hiddenByAttributes(attributes);
        stack.push({ name, skip });
        if (name === "title") inTitle = true;
        if (skip) {
          skipDepth += 1;
          return;
        }
        if (name === "pre") preDepth += 1;
        if (blockElements.has(name)) requestBreak(2, parser.startIndex);
        else if (lineElements.has(name)) requestBreak(1, parser.startIndex);
        else if (cellElements.has(name) && text.length > 0 && pendingBreak === 0) {
          pendingSpaceAt = parser.startIndex;
          cellSeparator = true;
        }
        const level = headingLevel(name);
        if (level > 0) heading = { level, offset: -1 };
      },
      ontext(piece) {
        const rawStart = parser.startIndex;
        const rawEnd = parser.endIndex + 1;
        if (inTitle) title += piece;
        if (skipDepth > 0) return;
        const linear = html.slice(rawStart, rawEnd) === piece;
        if (preDepth > 0) {
          settle();
          if (heading && heading.offset < 0) heading.offset = text.length;
          push(piece, rawStart, rawEnd, linear);
          return;
        }
        // Collapse whitespace: a run becomes one space, owed until non-space text follows in the same block.
        for (const match of piece.matchAll(/(\s+)|(\S+)/g)) {
          const at = rawStart + (linear ? (match.index ?? 0) : 0);
          if (match[1]) {
            if (text.length > 0 && pendingBreak === 0 && pendingSpaceAt === undefined) pendingSpaceAt = at;
            continue;
          }
          settle();
          if (heading && heading.offset < 0) heading.offset = text.length;
          const word = match[2] as string;
          if (linear) push(word, at, at + word.length, true);
          else push(word, rawStart, rawEnd, false);
        }
      },
      onclosetag(name) {
        const open = stack.pop();
        if (name === "title") inTitle = false;
        if (open?.skip) {
          skipDepth -= 1;
          return;
        }
        if (name === "pre") preDepth -= 1;
        if (blockElements.has(name)) requestBreak(2, parser.endIndex + 1);
        const level = headingLevel(name);
        if (level > 0 && heading) {
          if (heading.offset >= 0) headings.push({ offset: heading.offset, level, text: text.slice(heading.offset).replace(/\s+/g, " ").trim() });
          heading = undefined;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { text, title: title.replace(/\s+/g, " ").trim(), headings, segments };
}

/** Offset in the raw file of a text offset (`end` picks the end of a non-linear segment). */
export function rawOffset(segments: readonly RawSegment[], offset: number, end = false): number {
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((segments[middle] as RawSegment).textStart <= (end ? offset - 1 : offset)) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low];
  if (!segment) return 0;
  if (segment.linear) return segment.rawStart + Math.min(Math.max(offset - segment.textStart, 0), segment.rawEnd - segment.rawStart);
  return end ? segment.rawEnd : segment.rawStart;
}

/**
 * HTML: the visible text (no scripts, styles, navigation or hidden elements; block elements become paragraphs,
 * whitespace collapsed, entities decoded), the `<title>` (else the first heading, else the file name), `<h1>`–`<h6>`
 * headings for sections, and a map from text offsets back to the raw file.
 */
export const htmlLoader: Loader = (input) => {
  const extracted = extractHtml(decodeUtf8(input.bytes));
  const text = requireText(extracted.text, "no visible text");
  const title = extracted.title || extracted.headings[0]?.text || basename(input.path);
  return {
    documents: [{ ...baseDocument(input, "html", text, title), headings: extracted.headings, rawSegments: extracted.segments }],
    problems: [],
  };
};
