import type { Chunk } from "@tandem/core";
import type { AutoCalibrationInput } from "./calibrate-router";
import { documentDate } from "../signals/dates";
import { evenlySpaced } from "./synthetic-queries";

/** What calibration reads from the index: a sample of chunk texts with their documents' dates, and every title. */
export type CorpusSample = Pick<AutoCalibrationInput, "corpusTexts" | "corpusDates" | "corpusTitles">;

/**
 * The corpus side of `calibrateRouter`'s input, from the index's chunks: up to `maxTexts` chunk texts spread
 * evenly over the whole index (not its first pages), each with its document's date (read from the document's first
 * chunk, its "Date:" / "Updated:" line), and the title of every document (the subjects requests may name).
 */
export function corpusSample(chunks: readonly Pick<Chunk, "text" | "metadata">[], maxTexts = 2000): CorpusSample {
  const dates = new Map<string, string | undefined>();
  const titles = new Map<string, string>();
  for (const chunk of chunks) {
    const { source, title, chunkIndex } = chunk.metadata;
    if (chunkIndex === 0) dates.set(source, documentDate(chunk.text));
    if (title && !titles.has(source)) titles.set(source, title);
  }
  const sampled = evenlySpaced(chunks, maxTexts);
  return {
    corpusTexts: sampled.map((chunk) => chunk.text),
    corpusDates: sampled.map((chunk) => dates.get(chunk.metadata.source)),
    corpusTitles: [...titles.values()],
  };
}
