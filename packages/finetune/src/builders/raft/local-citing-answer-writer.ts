import type { BaseChatModelParams } from "@langchain/core/language_models/chat_models";
import type { BaseMessage } from "@langchain/core/messages";
import { messageContent } from "@tandem/models";
import { LocalChatModel, type LocalResponse, selectSentences } from "@tandem/models/local";
import { parseRaftAnswerPrompt } from "./raft-answer-prompt";
import { answerTag, beginQuote, endQuote } from "./verify-quotes";

/**
 * The offline RAFT answer writer: NOT a language model. It picks the document's sentences that best answer the
 * question (the extractive reader's sentence selection) and writes a fixed chain-of-thought around them: each
 * quoted verbatim between the quote markers, then `<ANSWER>:` with the same sentences. When no sentence answers
 * the question, it says so without quoting (the builder then rejects and reports the example). Deterministic.
 */
export class LocalCitingAnswerWriter extends LocalChatModel {
  readonly modelName = "local-citing-answer-writer";

  constructor(fields: BaseChatModelParams = {}) {
    super(fields);
  }

  override _llmType(): string {
    return "tandem-local-citing-answer-writer";
  }

  protected respond(messages: BaseMessage[]): LocalResponse {
    const human = [...messages].reverse().find((message) => message.getType() === "human");
    const prompt = parseRaftAnswerPrompt(human ? messageContent(human) : "");
    if (!prompt) return { text: `I can only answer a document question.\n${answerTag} unknown`, metadata: { answerWriter: { understood: false } } };
    const selected = selectSentences(prompt.question, [{ marker: 1, source: prompt.source, text: prompt.document }], { maxSentences: 2 });
    if (selected.length === 0) {
      return { text: `The document has no sentence that answers this question.\n${answerTag} The document does not answer this question.`, metadata: { answerWriter: { understood: true, quoted: 0 } } };
    }
    // Each selected sentence is an exact slice of the document.
    const quotes = selected.map((sentence) => sentence.text);
    const lines = [
      `The question asks: ${prompt.question}`,
      `The document says: ${beginQuote}${quotes[0]}${endQuote}`,
      ...quotes.slice(1).map((quote) => `It also says: ${beginQuote}${quote}${endQuote}`),
      "These sentences state the answer directly.",
      `${answerTag} ${quotes.map((quote) => quote.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, "")).join(" ")}`,
    ];
    return { text: lines.join("\n"), metadata: { answerWriter: { understood: true, quoted: quotes.length } } };
  }
}
