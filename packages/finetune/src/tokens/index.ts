// @tandem/finetune/tokens — exact token accounting: the model's encoding, per-example counts (ChatML framing,
// trainable tokens), the epoch heuristic and the built-in training price table.
export { encodingForModel, loadTokenizer, type EncodingName, type TextTokenizer } from "./tokenizer";
export { ExampleTokenCounter, type ExampleTokens } from "./count-example-tokens";
export { defaultEpochs } from "./epochs";
export { trainingPriceTable, trainingPrice } from "./price-table";
export type { TokenReport, Distribution } from "./token-tally";
