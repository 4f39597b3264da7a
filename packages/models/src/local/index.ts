// @tandem/models/local — building blocks of the offline stand-ins, for writing your own: the LocalChatModel base
// class (a deterministic chat model from a function of the messages), the extractive reader's sentence selection and
// citation, and the reader's fixed replies.
export { LocalChatModel, type LocalResponse } from "./local-chat-model";
export { selectSentences, citeSentences, type SelectedSentence, type SelectionOptions } from "./sentence-selection";
export { abstainText, notGroundedText } from "./extractive-reader";
