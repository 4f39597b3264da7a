// The prompt contract between the RAFT builder and any answer writer (a real chat model or the offline
// LocalCitingAnswerWriter): the question and its oracle chunk in, a chain-of-thought answer with verbatim quotes out.
import { type BaseMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import { answerTag, beginQuote, endQuote } from "./verify-quotes";

export const raftAnswerSystem =
  "You answer a question from one document, reasoning step by step. Quote every sentence you rely on exactly as it " +
  `appears in the document, character for character, between ${beginQuote} and ${endQuote}. Quote nothing that is ` +
  `not in the document. End with the final answer on its own line, after ${answerTag}`;

const documentOpen = "\n<document>\n";
const documentClose = "\n</document>\nQuestion: ";

/** The messages asking for a quoted chain-of-thought answer from the oracle chunk. */
export function raftAnswerMessages(question: string, oracle: { source: string; text: string }): BaseMessage[] {
  return [new SystemMessage(raftAnswerSystem), new HumanMessage(`Document (source: ${oracle.source}):${documentOpen}${oracle.text}${documentClose}${question.trim()}`)];
}

/** Parses an answer request back (for local writers); null when the text is not one. */
export function parseRaftAnswerPrompt(text: string): { source: string; document: string; question: string } | null {
  const header = /^Document \(source: (.*)\):\n<document>\n/.exec(text);
  const close = text.lastIndexOf(documentClose);
  if (!header || close < header[0].length - 1) return null;
  return { source: header[1] ?? "", document: text.slice(header[0].length, close), question: text.slice(close + documentClose.length) };
}

/** The system message of the produced training examples: how to use the numbered documents. */
export const raftTrainingSystem =
  "Answer the question using the numbered documents. Some documents are irrelevant to the question. Reason step by " +
  `step, quoting the sentences you rely on between ${beginQuote} and ${endQuote}, then give the final answer after ${answerTag}`;
