// @tandem/router/calibration — the maths behind self-calibration: the threshold that best separates two samples,
// sample summaries, and the synthetic rag questions written from corpus passages. (`calibrateRouter` itself, and
// `corpusSample`, are on the package root.)
export { separatingThreshold, summarizeValues, sortedQuantile, type ThresholdCalibration, type ValueSummary } from "./separating-threshold";
export { corpusProbeQueries } from "./synthetic-queries";
