// @tandem/router/signals — the measures a decision is made of, usable alone: rules, the deployment's term profile,
// coverage by the training prompts, freshness, payload and request analysis, corpus subjects, exemplars, retrieval
// evidence, and the feature row the policy reads.
export { RuleSet, type RuleMatch } from "./rules";
export { DeploymentProfile, type DeploymentProfileData, type QueryTerms } from "./deployment-profile";
export { CoverageIndex, type CoverageMeasure } from "./coverage";
export { FreshnessIndex, type FreshnessData, type FreshnessMeasure, type CutoffSource } from "./freshness";
export { findDates, documentDate, type FoundDate } from "./dates";
export { splitPayload, type PayloadSplit } from "./payload";
export { analyzeRequest, type RequestAnalysis } from "./request-analysis";
export { findInformationRequests, type InformationRequest } from "./information-requests";
export { SubjectIndex, type SubjectData, type NamedSubject } from "./subjects";
export { ExemplarIndex, type ExemplarMatch } from "./exemplars";
export { measureEvidence, type EvidenceMeasure } from "./evidence";
export { computeFeatures, featureRow, routeFeatureNames } from "./route-features";
