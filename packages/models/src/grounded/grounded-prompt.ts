import { type BaseMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";

/** One numbered source given to a generator. */
export interface ContextBlock {
  marker: number;
  source: string;
  title?: string;
  text: string;
}

export interface GroundedMessagesOptions {
  /** System message. Default: a short instruction to answer only from the sources and cite them. */
  system?: string;
}

export const defaultGroundedSystem =
  "You answer questions from the numbered sources you are given. Quote or paraphrase them faithfully, cite each fact with its marker like [1], and never add facts that are not in the sources.";

const instruction =
  "Answer the question using only the numbered sources below. Cite every fact with its source marker, like [1]. If the sources do not contain the answer, say that the sources do not answer the question.";

/**
 * The prompt contract between the RAG chain and any generator (a real LLM or the offline reader):
 * a system message and one human message with the numbered sources and the question.
 */
export function groundedMessages(question: string, blocks: readonly ContextBlock[], options: GroundedMessagesOptions = {}): BaseMessage[] {
  const sources = blocks
    .map((block) => `[${block.marker}] (source: ${block.source}${block.title ? ` — ${block.title}` : ""})\n${block.text.trim()}`)
    .join("\n\n");
  return [
    new SystemMessage(options.system ?? defaultGroundedSystem),
    new HumanMessage(`${instruction}\n\nSources:\n${sources}\n\nQuestion: ${question.trim()}`),
  ];
}

const headerPattern = /^\[(\d+)\] \(source: (.*?)(?: — (.*))?\)$/;

/** Parses a grounded human message back into its question and blocks; null when the text is not one. */
export function parseGroundedPrompt(text: string): { question: string; blocks: ContextBlock[] } | null {
  if (!text.startsWith(instruction)) return null;
  const sourcesAt = text.indexOf("\n\nSources:\n");
  const questionAt = text.lastIndexOf("\n\nQuestion: ");
  if (sourcesAt < 0 || questionAt < sourcesAt) return null;
  const question = text.slice(questionAt + "\n\nQuestion: ".length).trim();
  const body = text.slice(sourcesAt + "\n\nSources:\n".length, questionAt);
  const blocks: ContextBlock[] = [];
  let current: { header: RegExpExecArray; lines: string[] } | undefined;
  const close = () => {
    if (!current) return;
    const [, marker, source, title] = current.header;
    blocks.push({
      marker: Number(marker),
      source: source ?? "",
      ...(title ? { title } : {}),
      text: current.lines.join("\n").trim(),
    });
  };
  for (const line of body.split("\n")) {
    const header = headerPattern.exec(line);
    if (header) {
      close();
      current = { header, lines: [] };
    } else if (current) {
      current.lines.push(line);
    }
  }
  close();
  return { question, blocks };
}

/** Text content of a message, whatever its content shape. */
export function messageContent(message: BaseMessage): string {
  const content = message.content;
  if (typeof content === "string") return content;
  return content.map((part) => (typeof part === "object" && part !== null && "text" in part ? String(part.text) : "")).join("");
}
