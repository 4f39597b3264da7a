// @tandem/finetune/builders — parts of the synthetic-data builders, usable alone: RAFT quote verification and the
// built-in prices of the generation estimate.
export { verifyQuotedAnswer, type QuoteVerification, type QuoteProblem } from "./raft/verify-quotes";
export { knownPrices } from "./generation-estimate";
