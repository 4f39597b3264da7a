import type { BaseChatModelParams } from "@langchain/core/language_models/chat_models";
import type { BaseMessage } from "@langchain/core/messages";
import { messageContent } from "@tandem/models";
import { LocalChatModel, type LocalResponse } from "@tandem/models/local";
import { analyzeText, splitSentences } from "@tandem/text";
import { parseQuestionPrompt } from "./question-prompt";

/** Key facts a question can ask for, most specific first, with the question words that replace them. */
const keyFacts: { pattern: RegExp; ask: (match: string) => string }[] = [
  { pattern: /\$\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:per|\/)\s?[\w-]+)?/, ask: () => "how much" },
  { pattern: /\b\d+(?:\.\d+)?\s?%/, ask: () => "what percentage" },
  { pattern: /\b\d+(?:\.\d+)?\s?(?:milliseconds?|ms|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i, ask: () => "how long" },
  { pattern: /\b\d{4}-\d{2}-\d{2}\b/, ask: () => "when" },
  { pattern: /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:, \d{4})?/, ask: () => "when" },
  { pattern: /\bv\d+(?:\.\d+){1,2}\b/, ask: () => "which version" },
  { pattern: /\b\d+(?:[.,]\d+)*\s?(?:[A-Z]{2,5}|GB|MB|TB|KB)\b/, ask: (match) => `how many ${match.replace(/^[\d.,\s]+/, "")}` },
  { pattern: /\b\d+(?:[.,]\d+)*\b/, ask: () => "how many" },
];
const copula = /^(.{3,80}?)\s+(is|are|can|must)\s+(.+)$/;

/** A question about a sentence, and whether it asks for a key fact (better) or is the generic fallback. */
export function sentenceToQuestion(sentence: string): { question: string; specific: boolean } {
  const text = sentence.replace(/\*\*/g, "").replace(/\s+/g, " ").trim().replace(/[.!:;]+$/, "");
  for (const { pattern, ask } of keyFacts) {
    const match = pattern.exec(text);
    if (!match) continue;
    const question = `${text.slice(0, match.index)}${ask(match[0])}${text.slice(match.index + match[0].length)}`;
    return { question: `${capitalize(question.trim())}?`, specific: true };
  }
  const parts = copula.exec(text);
  if (parts) {
    const [, subject, verb] = parts;
    const question = verb === "can" || verb === "must" ? `What ${verb} ${lowerFirst(subject ?? "")} do?` : `What ${verb} ${lowerFirst(subject ?? "")}?`;
    return { question, specific: false };
  }
  return { question: `What is true about ${lowerFirst(text.split(" ").slice(0, 6).join(" "))}?`, specific: false };
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
const unusable = /^\s*(?:#{1,6}\s|\||```|>)|^\s*$/;

/** The passage's most informative sentences, best first: many distinct terms, numbers and identifiers. */
export function informativeSentences(passage: string): string[] {
  return splitSentences(passage)
    .map((sentence) => sentence.text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ""))
    .filter((text) => !unusable.test(text) && !text.includes("```"))
    .map((text, position) => {
      const words = text.split(/\s+/).length;
      const terms = new Set(analyzeText(text)).size;
      const score = terms + (/\d/.test(text) ? 3 : 0) + (/[\w]+[-_/][\w]+/.test(text) ? 1 : 0);
      return { text, position, words, score };
    })
    .filter((entry) => entry.words >= 5 && entry.words <= 60)
    .sort((left, right) => right.score - left.score || left.position - right.position)
    .map((entry) => entry.text);
}

const tableRow = /^\s*\|(.*)\|\s*$/;
const separatorRow = /^\s*\|(?:\s*:?-{3,}:?\s*\|)+\s*$/;
const cells = (line: string) => (tableRow.exec(line)?.[1] ?? "").split("|").map((cell) => cell.trim());

/**
 * Questions about the cells of Markdown tables that have their header row in the passage: one per data row, asking
 * for the value in one column (columns taken in turn), answered with that cell.
 */
export function tableQuestions(passage: string): { question: string; answer: string }[] {
  const lines = passage.split("\n");
  const questions: { question: string; answer: string }[] = [];
  for (let index = 0; index + 1 < lines.length; index += 1) {
    if (!tableRow.test(lines[index] ?? "") || !separatorRow.test(lines[index + 1] ?? "")) continue;
    const header = cells(lines[index] ?? "");
    for (let row = index + 2; row < lines.length && tableRow.test(lines[row] ?? ""); row += 1) {
      const values = cells(lines[row] ?? "");
      const label = values[0] ?? "";
      const columns = values.map((value, column) => ({ value, column })).filter(({ value, column }) => column > 0 && value !== "" && value !== "—" && value !== "-" && header[column]);
      const pick = columns[(row - index - 2) % Math.max(1, columns.length)];
      if (!label || !pick) continue;
      const column = header[pick.column] ?? "";
      questions.push({ question: `In the table, what is "${label}" for "${column}"?`, answer: `"${label}" for "${column}" is ${pick.value}.` });
    }
  }
  return questions;
}

/**
 * The offline question writer: NOT a language model. It answers a question-writing prompt by taking the passage's
 * most informative sentences and turning each into a question, replacing its key fact (an amount, duration, date,
 * version or count) with a question word; the answer is the sentence itself, verbatim. A passage with no usable
 * sentence (a table, say) gets questions about table cells, answered with the cell. Deterministic.
 */
export class LocalQuestionWriter extends LocalChatModel {
  readonly modelName = "local-question-writer";

  constructor(fields: BaseChatModelParams = {}) {
    super(fields);
  }

  override _llmType(): string {
    return "tandem-local-question-writer";
  }

  protected respond(messages: BaseMessage[]): LocalResponse {
    const human = [...messages].reverse().find((message) => message.getType() === "human");
    const prompt = parseQuestionPrompt(human ? messageContent(human) : "");
    if (!prompt) return { text: "[]", metadata: { questionWriter: { understood: false } } };
    const sentences = informativeSentences(prompt.passage);
    const pairs = sentences
      .map((sentence) => ({ ...sentenceToQuestion(sentence), answer: sentence }))
      .sort((left, right) => Number(right.specific) - Number(left.specific))
      .map(({ question, answer }) => ({ question, answer }))
      .concat(tableQuestions(prompt.passage))
      .slice(0, prompt.count);
    return { text: JSON.stringify(pairs), metadata: { questionWriter: { understood: true, candidates: sentences.length } } };
  }
}
