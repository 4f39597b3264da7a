import { type Command, Option } from "commander";
import { defineAction } from "../define-action";
import { runQueries } from "../input-file";
import { jsonObject, positiveInteger } from "../parsers";
import { renderHits } from "../render";
import { addSearchSettingOptions, type SearchSettingFlags, searchSettings } from "../search-settings";

interface SearchOptions extends SearchSettingFlags {
  k: number;
  input?: string;
  mode: "hybrid" | "dense" | "lexical";
  where?: Record<string, unknown>;
}

/** `tandem search QUERY`: the default search (or one side alone), optionally filtered; hits with score, source and text. */
export function registerSearchCommand(program: Command): void {
  addSearchSettingOptions(
    program
      .command("search")
      .description("Search the index; prints hits with score, source and text")
      .argument("[query]", "the query (or use --input)")
      .option("-k <n>", "number of hits", positiveInteger, 5)
      .addOption(new Option("--mode <mode>", "hybrid (the default search), or one side alone (dense, or lexical: plain BM25)").choices(["hybrid", "dense", "lexical"]).default("hybrid"))
      .option("--where <json>", 'metadata filter in Chroma\'s where grammar, e.g. \'{"team": "docs"}\'', jsonObject)
      .option("--input <file>", "JSONL file with one {\"query\": ...} per line; one JSON result per line out"),
  ).action(
    defineAction({ needs: "search" }, (context, query: string | undefined, options: SearchOptions) =>
      runQueries(context.output, query, options.input, async (text) => {
        const hits = await context.runtime.search(text, options.k, { mode: options.mode, ...(options.where ? { where: options.where } : {}), ...searchSettings(options) });
        return { value: { query: text, hits }, human: () => renderHits(hits) };
      }),
    ),
  );
}
