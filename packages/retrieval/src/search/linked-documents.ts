import type { LexicalDocument } from "./bm25-index";
import type { LexicalIndex } from "./lexical-index";

/** The linked-document hop: documents named (by title) in the best hits' text are pulled up. */
export interface LinkedDocumentOptions {
  /** Best hits whose text is read for names of other documents. Default 5. */
  linkers?: number;
  /** A named document's bonus, as a share of the score of the best hit naming it. Default 0.5. */
  weight?: number;
  /** Titles held by more sources than this are headings ("Overview"), not names, and never linked. Default 3. */
  maxSources?: number;
}

export const defaultHop = { linkers: 5, weight: 0.2, maxSources: 3 } as const satisfies Required<LinkedDocumentOptions>;

/** A chunk a linker names, with the bonus it earns and the linker that named it. */
export interface Link {
  id: string;
  bonus: number;
  from: string;
}

/** Titles named in the text of chunks, computed once per chunk within one search. */
export class MentionCache {
  private readonly known = new Map<string, string[]>();
  constructor(private readonly lexical: LexicalIndex) {}

  /** Title keys a chunk's text names, other than its own title and titles too common to be names. */
  of(id: string, maxSources: number): string[] {
    let keys = this.known.get(id);
    if (!keys) {
      const own = this.lexical.titles.keyOf(id);
      const text = this.lexical.bm25.get(id)?.text ?? "";
      keys = this.lexical.titles.mentions(text).filter((key) => key !== own && this.lexical.titles.sourceCount(key) <= maxSources);
      this.known.set(id, keys);
    }
    return keys;
  }
}

/**
 * The documents the best hits name: for each of the top `linkers` hits, the titles its text mentions (see
 * `TitleDictionary`), skipping its own title (links between records sharing one title) and heading-like titles.
 * A named document's chunks that are already candidates earn weight × the linker's score; so does the first
 * chunk of each source holding the title (how a document not yet retrieved enters). The best bonus per chunk wins.
 */
export function linkedDocuments(
  lexical: LexicalIndex,
  ranked: readonly { id: string; score: number }[],
  options: LinkedDocumentOptions & { accepts?: (document: LexicalDocument) => boolean; mentions: MentionCache },
): Link[] {
  const linkers = options.linkers ?? defaultHop.linkers;
  const weight = options.weight ?? defaultHop.weight;
  const maxSources = options.maxSources ?? defaultHop.maxSources;
  const candidates = new Set(ranked.map((hit) => hit.id));
  const links = new Map<string, Link>();
  const offer = (id: string, bonus: number, from: string) => {
    const document = lexical.bm25.get(id);
    if (!document || (options.accepts && !options.accepts(document))) return;
    const known = links.get(id);
    if (!known || known.bonus < bonus) links.set(id, { id, bonus, from });
  };
  for (const linker of ranked.slice(0, linkers)) {
    if (linker.score <= 0) continue;
    for (const key of options.mentions.of(linker.id, maxSources)) {
      const leads = new Map<string, { id: string; chunkIndex: number }>();
      for (const id of lexical.titles.chunksOf(key)) {
        if (id === linker.id) continue;
        if (candidates.has(id)) offer(id, weight * linker.score, linker.id);
        const metadata = lexical.bm25.get(id)?.metadata ?? {};
        const source = String(metadata.source ?? "");
        const chunkIndex = typeof metadata.chunkIndex === "number" ? metadata.chunkIndex : 0;
        const lead = leads.get(source);
        if (!lead || chunkIndex < lead.chunkIndex) leads.set(source, { id, chunkIndex });
      }
      for (const lead of leads.values()) offer(lead.id, weight * linker.score, linker.id);
    }
  }
  return [...links.values()];
}

/** Whether any of the top `linkers` hits names another document (the relevance-feedback guard). */
export function namesOtherDocuments(ranked: readonly { id: string; score: number }[], options: LinkedDocumentOptions & { mentions: MentionCache }): boolean {
  const maxSources = options.maxSources ?? defaultHop.maxSources;
  return ranked.slice(0, options.linkers ?? defaultHop.linkers).some((hit) => hit.score > 0 && options.mentions.of(hit.id, maxSources).length > 0);
}
