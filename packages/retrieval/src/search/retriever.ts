import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { Document } from "@langchain/core/documents";
import { BaseRetriever } from "@langchain/core/retrievers";
import type { SearchHit } from "@tandem/core";
import type { Where } from "chromadb";
import type { ChromaStore } from "../store/chroma-store";
import type { WhereFilter } from "./where-filter";

export interface SearchOptions {
  /** Hits to return. Default 5. */
  k?: number;
  /** Metadata filter in Chroma's `where` grammar, e.g. `{ source: "corpus/pricing.md" }` or `{ year: { $gte: 2025 } }`. */
  where?: WhereFilter;
  signal?: AbortSignal;
}

export interface Retriever {
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
}

/** Dense search: embeds the query and asks the store for its nearest chunks. */
export function createRetriever(options: { store: ChromaStore; embeddings: EmbeddingsInterface }): Retriever {
  return {
    async search(query, searchOptions = {}) {
      searchOptions.signal?.throwIfAborted();
      const vector = await options.embeddings.embedQuery(query);
      searchOptions.signal?.throwIfAborted();
      return options.store.query(vector, { k: searchOptions.k ?? 5, ...(searchOptions.where ? { where: searchOptions.where as Where } : {}) });
    },
  };
}

class TandemLangChainRetriever extends BaseRetriever {
  lc_namespace = ["tandem", "retrieval"];

  constructor(
    private readonly retriever: Retriever,
    private readonly k: number,
  ) {
    super();
  }

  override async _getRelevantDocuments(query: string): Promise<Document[]> {
    const hits = await this.retriever.search(query, { k: this.k });
    return hits.map((hit) => new Document({ id: hit.id, pageContent: hit.text, metadata: { ...hit.metadata, score: hit.score } }));
  }
}

/** The retriever as a LangChain BaseRetriever (Documents with chunk metadata and `score`). */
export function asLangChainRetriever(retriever: Retriever, k = 5): BaseRetriever {
  return new TandemLangChainRetriever(retriever, k);
}
