/** A date found in text, as YYYY-MM-DD. */
export interface FoundDate {
  /** The date (the year filled in from `referenceYear` when the text gave none). */
  iso: string;
  /** The text it was read from. */
  text: string;
  /** True when the text named no year. */
  yearless: boolean;
  /** Where in the text it was found. */
  index: number;
}

const monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const month = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const day = "(\\d{1,2})(?:st|nd|rd|th)?";
const year = "(\\d{4})";
// One alternation, leftmost match wins: ISO, "September 23, 2026", "23 September 2026", "September 2026",
// "September 23", "23 September". A month name only counts beside a day or a year ("May" alone is a verb).
const datePattern = new RegExp(
  [
    `\\b${year}-(\\d{2})-(\\d{2})(?!\\d)`,
    `\\b${month}\\.? ${day},? ${year}\\b`,
    `\\b${day} ${month}\\.?,? ${year}\\b`,
    `\\b${month}\\.? ${year}\\b`,
    `\\b${month}\\.? ${day}\\b(?![:.]\\d)`,
    `\\b${day} ${month}\\b`,
  ].join("|"),
  "giu",
);

function monthNumber(name: string): number {
  return monthNames.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function iso(yearValue: number, monthValue: number, dayValue: number): string | undefined {
  if (monthValue < 1 || monthValue > 12 || dayValue < 1 || dayValue > 31) return undefined;
  return `${String(yearValue).padStart(4, "0")}-${String(monthValue).padStart(2, "0")}-${String(dayValue).padStart(2, "0")}`;
}

/**
 * Dates written in text: ISO dates, "September 23, 2026", "23 September 2026", "September 2026" (read as the
 * 1st), and — only when `referenceYear` is given — "September 23" / "23 September" in that year.
 */
export function findDates(text: string, referenceYear?: number): FoundDate[] {
  const found: FoundDate[] = [];
  // Every form has a day or a year: text without a digit has no date (the common case, and a cheap test).
  if (!/\d/.test(text)) return found;
  for (const match of text.matchAll(datePattern)) {
    const groups = match.slice(1);
    const [isoYear, isoMonth, isoDay, m1, d1, y1, d2, m2, y2, m3, y3, m4, d4, d5, m5] = groups;
    let date: string | undefined;
    let yearless = false;
    if (isoYear) date = iso(Number(isoYear), Number(isoMonth), Number(isoDay));
    else if (m1) date = iso(Number(y1), monthNumber(m1), Number(d1));
    else if (m2) date = iso(Number(y2), monthNumber(m2), Number(d2));
    else if (m3) date = iso(Number(y3), monthNumber(m3), 1);
    else if (referenceYear !== undefined && m4) [date, yearless] = [iso(referenceYear, monthNumber(m4), Number(d4)), true];
    else if (referenceYear !== undefined && m5) [date, yearless] = [iso(referenceYear, monthNumber(m5), Number(d5)), true];
    if (date) found.push({ iso: date, text: match[0], yearless, index: match.index });
  }
  return found;
}

/** A date written right after "updated", "revised", "modified" or "reviewed": it bounds the content from above only. */
const updateMarker = /(?:updated|revised|modified|reviewed)(?: on| at)?:?\s*$/iu;

/** Full dates (with a year) in text, without the update stamps (see `updateMarker`). */
function contentDates(text: string): string[] {
  return findDates(text)
    .filter((found) => !found.yearless)
    .filter((found) => !updateMarker.test(text.slice(Math.max(0, found.index - 24), found.index)))
    .map((found) => found.iso);
}

/**
 * The date a document was published, from near its top (a "Date:" line, or the first full date), if any. An
 * "Updated:" stamp is not a publication date — a living page's content may be older — so it is skipped.
 */
export function documentDate(text: string): string | undefined {
  return contentDates(text.slice(0, 400))[0];
}

/**
 * The date a passage can be trusted to be no older than: the earliest full date it mentions (update stamps
 * aside), else its document's publication date. A term whose every passage dates after the cutoff is new to the
 * tuned model.
 */
export function passageDate(text: string, publishedAt?: string): string | undefined {
  return contentDates(text).sort()[0] ?? publishedAt;
}
