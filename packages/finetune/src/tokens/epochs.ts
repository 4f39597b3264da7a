/** The OpenAI cookbook's default-epoch heuristic (reference §3.4): aim at ~3 epochs, clamped by example count. */
export const epochHeuristic = { targetEpochs: 3, minTargetExamples: 100, maxTargetExamples: 25_000, minEpochs: 1, maxEpochs: 25 } as const;

/** Epochs the default settings would run for `examples` examples (cookbook: 5 examples → 20 epochs). */
export function defaultEpochs(examples: number): number {
  const { targetEpochs, minTargetExamples, maxTargetExamples, minEpochs, maxEpochs } = epochHeuristic;
  if (examples <= 0) return 0;
  if (examples * targetEpochs < minTargetExamples) return Math.min(maxEpochs, Math.floor(minTargetExamples / examples));
  if (examples * targetEpochs > maxTargetExamples) return Math.max(minEpochs, Math.floor(maxTargetExamples / examples));
  return targetEpochs;
}
