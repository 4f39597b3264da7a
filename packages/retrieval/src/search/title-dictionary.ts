import { analyzeText } from "@tandem/text";

/** A title as a word pattern: its words lower-cased, and which of them the title capitalises. */
interface TitlePattern {
  words: string[];
  capitalised: boolean[];
  key: string;
}

interface TitleEntry {
  /** Chunks carrying the title. */
  ids: Set<string>;
  /** Sources holding it, with their chunk counts (a title held by many sources is a heading, not a name). */
  sources: Map<string, number>;
  patterns: TitlePattern[];
}

const wordPattern = /[\p{L}\p{N}]+/gu;
const startsUpper = /^\p{Lu}/u;

function words(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

/** The key of a title: its words, lower-cased, joined by spaces ("" for a title without words). */
export function titleKey(title: string): string {
  return words(title)
    .map((word) => word.toLowerCase())
    .join(" ");
}

/**
 * The word patterns a title is recognised by, when it reads as a name: the title itself and, when it ends with a
 * parenthesised qualifier ("Mercury (planet)"), the title without it. A title is a name when it capitalises at
 * least one word and is not made of stopwords only ("The Who" is not linkable: both words are stopwords). Titles
 * of lower-case text (a sentence, a file name) are never names.
 */
function namePatterns(title: string, key: string): TitlePattern[] {
  const variants = new Set([title, title.replace(/\s*\([^()]*\)\s*$/, "")]);
  const patterns: TitlePattern[] = [];
  for (const variant of variants) {
    const raw = words(variant);
    const capitalised = raw.map((word) => startsUpper.test(word));
    if (raw.length === 0 || !capitalised.some(Boolean) || analyzeText(variant).length === 0) continue;
    patterns.push({ words: raw.map((word) => word.toLowerCase()), capitalised, key });
  }
  return patterns;
}

/**
 * The titles of the indexed documents, for finding which documents a text names: a mention is the title's words
 * in order, with every word the title capitalises capitalised in the text too ("Michael Jackson", not "michael
 * jackson"), the title's trailing parenthesised qualifier optional. Updated in place as chunks are added and
 * removed (one chunk at a time, no rebuild); a text is matched in one pass over its words.
 */
export class TitleDictionary {
  private readonly entries = new Map<string, TitleEntry>();
  /** First word → patterns starting with it. */
  private readonly byFirstWord = new Map<string, TitlePattern[]>();
  /** Chunk id → its title key and source. */
  private readonly chunkTitles = new Map<string, { key: string; source: string }>();

  /** Titles known (name-like or not). */
  get size(): number {
    return this.entries.size;
  }

  /** Records a chunk's title (replacing what the chunk had). Chunks without a title are ignored. */
  add(id: string, title: string | undefined, source: string): void {
    this.remove(id);
    if (!title) return;
    const key = titleKey(title);
    if (key === "") return;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { ids: new Set(), sources: new Map(), patterns: namePatterns(title, key) };
      this.entries.set(key, entry);
      for (const pattern of entry.patterns) {
        const first = pattern.words[0] as string;
        const list = this.byFirstWord.get(first);
        if (list) list.push(pattern);
        else this.byFirstWord.set(first, [pattern]);
      }
    }
    entry.ids.add(id);
    entry.sources.set(source, (entry.sources.get(source) ?? 0) + 1);
    this.chunkTitles.set(id, { key, source });
  }

  remove(id: string): void {
    const known = this.chunkTitles.get(id);
    if (!known) return;
    this.chunkTitles.delete(id);
    const entry = this.entries.get(known.key);
    if (!entry) return;
    entry.ids.delete(id);
    const count = (entry.sources.get(known.source) ?? 1) - 1;
    if (count > 0) entry.sources.set(known.source, count);
    else entry.sources.delete(known.source);
    if (entry.ids.size > 0) return;
    this.entries.delete(known.key);
    for (const pattern of entry.patterns) {
      const first = pattern.words[0] as string;
      const list = (this.byFirstWord.get(first) ?? []).filter((candidate) => candidate !== pattern);
      if (list.length > 0) this.byFirstWord.set(first, list);
      else this.byFirstWord.delete(first);
    }
  }

  /** The title key of a chunk, when it has a title. */
  keyOf(id: string): string | undefined {
    return this.chunkTitles.get(id)?.key;
  }

  /** Chunks carrying a title. */
  chunksOf(key: string): ReadonlySet<string> {
    return this.entries.get(key)?.ids ?? new Set();
  }

  /** Number of sources holding a title. */
  sourceCount(key: string): number {
    return this.entries.get(key)?.sources.size ?? 0;
  }

  /** Keys of the titles a text names (each once, in order of first mention). */
  mentions(text: string): string[] {
    const raw = words(text);
    const lower = raw.map((word) => word.toLowerCase());
    const found = new Set<string>();
    for (let position = 0; position < lower.length; position += 1) {
      const patterns = this.byFirstWord.get(lower[position] as string);
      if (!patterns) continue;
      for (const pattern of patterns) {
        if (found.has(pattern.key)) continue;
        let matches = position + pattern.words.length <= lower.length;
        for (let offset = 0; matches && offset < pattern.words.length; offset += 1) {
          matches = lower[position + offset] === pattern.words[offset] && (!pattern.capitalised[offset] || startsUpper.test(raw[position + offset] as string));
        }
        if (matches) found.add(pattern.key);
      }
    }
    return [...found];
  }
}
