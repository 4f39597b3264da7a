// @tandem/finetune/hygiene — the stages of `prepareDataset`, usable alone on `{ example }` records: exact and near
// duplicates (MinHash-LSH), conflicting labels, train ↔ held-out contamination, PII and secrets, distributions,
// and the seeded split.
export { canonicalExampleJson, exampleHash } from "./canonical-json";
export { findExactDuplicates, type ExactDuplicateGroup } from "./exact-duplicates";
export { findNearDuplicates, type NearDuplicateOptions, type NearDuplicateResult, type NearDuplicateCluster, type NearDuplicatePair } from "./near-duplicates";
export { findConflictingLabels, type ConflictGroup } from "./conflicting-labels";
export { findContamination, type ContaminationOptions, type ContaminationReference, type ContaminationResult, type ContaminationMatch } from "./contamination";
export { detectPii, piiKinds, type PiiKind, type PiiSpan } from "./pii/pii-detectors";
export { PiiMasker, redactPii, type PiiOccurrence, type PiiMaskerOptions } from "./pii/pii-masker";
export { distributionReport, type DistributionReport, type DistributionOptions } from "./distribution-report";
export { splitDataset, splitSides, type SplitOptions, type SplitSide, type SplitResult, type SplitReport } from "../split/split-dataset";
