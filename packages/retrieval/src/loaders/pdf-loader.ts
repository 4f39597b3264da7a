import { basename } from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { baseDocument, type Loader, requireText } from "./loader";

/** Pages are joined by a blank line; `pageOffsets[n]` is where page n + 1 starts in the text. */
const pageSeparator = "\n\n";

/**
 * PDF (via unpdf, the serverless build of PDF.js): the text of every page, joined by blank lines, with the offset
 * where each page starts (chunks carry `page` and `pageEnd`). Title from the document info, else the first line,
 * else the file name. A PDF without extractable text (e.g. a scan) is reported as a failure; OCR is not done.
 */
export const pdfLoader: Loader = async (input) => {
  // PDF.js may take ownership of (detach) the buffer it is given: pass a copy.
  const pdf = await getDocumentProxy(new Uint8Array(input.bytes), { verbosity: 0 });
  try {
    const { text: pages } = await extractText(pdf, { mergePages: false });
    const pageOffsets: number[] = [];
    let text = "";
    for (const page of pages) {
      if (text.length > 0) text += pageSeparator;
      pageOffsets.push(text.length);
      text += page.replace(/\s+$/u, "");
    }
    requireText(text, "no extractable text (a scanned PDF? OCR is not supported)");
    const info = ((await pdf.getMetadata().catch(() => undefined))?.info ?? {}) as { Title?: unknown };
    const infoTitle = typeof info.Title === "string" ? info.Title.trim() : "";
    const firstLine = text.split("\n").find((line) => line.trim())?.trim() ?? "";
    const title = infoTitle || (firstLine.length > 0 && firstLine.length <= 200 ? firstLine : basename(input.path));
    return { documents: [{ ...baseDocument(input, "pdf", text, title), pageOffsets }], problems: [] };
  } finally {
    await pdf.destroy();
  }
};
