/** A request split into what it asks (the instruction) and the material it brings along (the payload). */
export interface PayloadSplit {
  instruction: string;
  payload: string;
}

/**
 * Where a request's own material starts: a colon or question mark followed by more text ("Triage this ticket:
 * …", "Can you review this? …"), a line break, or an opening quotation mark ("Rewrite this notice: "…"",
 * "… this title? 'The Salt Road' …"). A colon inside a time ("18:00") or an apostrophe inside a word ("won't")
 * is not a boundary.
 */
const boundary = /[:?](?=\s+\S)|\r?\n|(?<=^|[\s(:])["“'‘](?=\S)/u;

/**
 * Splits a request at the first payload boundary, or after a short first sentence followed by longer material.
 * Task prompts usually bring their material after such a boundary (the ticket, the notes, the SQL, the notice
 * text); a request that only *names* its subject ("Summarize the August 19 incident for the status page") has no
 * payload. Without a boundary, the whole text is instruction.
 */
export function splitPayload(text: string): PayloadSplit {
  const found = boundary.exec(text);
  const sentence = sentenceBoundary(text);
  if (sentence !== undefined && (!found || sentence < found.index)) return { instruction: text.slice(0, sentence).trim(), payload: text.slice(sentence).trim() };
  if (!found) {
    const list = listBoundary(text);
    if (list !== undefined) return { instruction: text.slice(0, list).trim(), payload: text.slice(list + 1).trim() };
    return { instruction: text.trim(), payload: "" };
  }
  const cut = found.index + (found[0].startsWith(":") || found[0].startsWith("?") ? 1 : 0);
  return { instruction: text.slice(0, cut).trim(), payload: text.slice(cut).trim() };
}

/**
 * A sentence end ("." or "!" then a capital, digit or quote) not after an abbreviation like "Mr." or "e.g."; in
 * text typed in lower case, "." then a lower-case word after a word of three or more letters that is not a common
 * abbreviation ("… from the `tern` CLI. breaking change, …"); or a dash between spaces ("close-out please — WO-1234 …").
 */
const sentenceEnd =
  /(?<![\s(]\p{Lu}\p{Ll}{0,2}|\b\p{L})[.!](?=\s+["“'‘\p{Lu}\p{N}])|(?<=[\p{L}`'"”’)]{3})(?<!\b(?:etc|approx|incl|excl|min|max|vs|nos?|ca|cf|eg|ie|esp|dept|appt|apt|ref|tel|est))[.!](?=\s+\p{Ll})|(?<=\s)[—–-](?=\s)/gu;

/**
 * Where the material starts when a short instruction sentence comes first ("Draft the platform announcement. The
 * 20:40 …"): the first sentence end whose rest is longer than the sentence before it. A short question after a
 * statement ("A customer asked about X. Does it?") is not material.
 */
function sentenceBoundary(text: string): number | undefined {
  const [match] = text.matchAll(sentenceEnd);
  if (!match) return undefined;
  const cut = match[0] === "." || match[0] === "!" ? match.index + 1 : match.index;
  return wordCount(text.slice(cut)) > wordCount(text.slice(0, cut)) ? cut : undefined;
}

const wordCount = (part: string) => part.split(/\s+/).filter(Boolean).length;

/**
 * A short task head followed by a comma and a list of figures ("Quote for Brennan & Co, 2 plts, base 39.00 each,
 * fuel 15.2%", "promemoria sig.ra Fumasoni, igiene 17/11 ore 15:00, Via Dante 102"): the list is the material. The
 * head has at most eight words; the rest is longer, holds two more commas and at least two figures.
 */
function listBoundary(text: string): number | undefined {
  const comma = text.indexOf(",");
  if (comma < 0) return undefined;
  const head = text.slice(0, comma);
  const rest = text.slice(comma + 1);
  if (wordCount(head) > 8 || wordCount(rest) <= wordCount(head)) return undefined;
  if ((rest.match(/,/gu) ?? []).length < 2 || (rest.match(/\S*\d\S*/gu) ?? []).length < 2) return undefined;
  return comma;
}
