import type { BaseChatModelParams } from "@langchain/core/language_models/chat_models";
import type { BaseMessage } from "@langchain/core/messages";
import { parseGroundedPrompt } from "../grounded/grounded-prompt";
import { LocalChatModel, type LocalResponse, lastHumanText } from "./local-chat-model";
import { citeSentences, type SelectionOptions, selectSentences } from "./sentence-selection";

export const abstainText = "The sources do not answer this question.";
export const notGroundedText = "I can only answer from retrieved sources.";

export interface ExtractiveReaderParams extends BaseChatModelParams, SelectionOptions {}

/**
 * The offline reader of the RAG route: not a language model. It answers a grounded prompt by quoting the
 * sentences of the sources that best match the question, each followed by its marker, or says the sources do
 * not answer. It never writes a word that is not in the sources.
 */
export class ExtractiveReader extends LocalChatModel {
  readonly modelName = "extractive-reader";
  private readonly selection: SelectionOptions;

  constructor(fields: ExtractiveReaderParams = {}) {
    super(fields);
    const { maxSentences, minCoverage, minPresence, requireNames } = fields;
    const given = Object.entries({ maxSentences, minCoverage, minPresence, requireNames }).filter(([, value]) => value !== undefined);
    this.selection = Object.fromEntries(given) as SelectionOptions;
  }

  override _llmType(): string {
    return "tandem-extractive-reader";
  }

  protected respond(messages: BaseMessage[]): LocalResponse {
    const prompt = parseGroundedPrompt(lastHumanText(messages));
    if (!prompt) return { text: notGroundedText, metadata: { reader: { grounded: false, selected: [] } } };
    const selected = selectSentences(prompt.question, prompt.blocks, this.selection);
    const metadata = {
      reader: {
        grounded: true,
        selected: selected.map(({ marker, start, end, score, coverage }) => ({ marker, start, end, score, coverage })),
      },
    };
    return { text: selected.length === 0 ? abstainText : citeSentences(selected), metadata };
  }
}
