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
 * Splits a request at the first payload boundary. Task prompts usually bring their material after such a
 * boundary (the ticket, the notes, the SQL, the notice text); a request that only *names* its subject ("Summarize
 * the August 19 incident for the status page") has no payload. Without a boundary, the whole text is instruction.
 */
export function splitPayload(text: string): PayloadSplit {
  const found = boundary.exec(text);
  if (!found) return { instruction: text.trim(), payload: "" };
  const cut = found.index + (found[0].startsWith(":") || found[0].startsWith("?") ? 1 : 0);
  return { instruction: text.slice(0, cut).trim(), payload: text.slice(cut).trim() };
}
