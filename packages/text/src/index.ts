// @tandem/text — the text analysis every Tandem package shares (retrieval, router, finetune, the offline models):
// index terms, sentences, tables, TF-IDF neighbours. Plain functions over strings; no model, no I/O.
export { analyzeIndexedText, analyzeText } from "./analyze-text";
export { stopwords } from "./stopwords";
export { splitSentences, type Sentence } from "./split-sentences";
export { findTables, type TextTable, type TableLine } from "./find-tables";
export { TfIdfIndex, type Neighbour } from "./tfidf-index";
