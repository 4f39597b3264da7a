// A request analysed once, for every signal: what it asks (instruction) and the material it brings (payload), its
// terms seen from the deployment, the corpus subjects it names, the information it asks for and the facts it
// supplies. The decision's trace shows it (`analysisRecord`).
import { findDates, type FoundDate } from "./dates";
import type { DeploymentProfile, LeftOutPrompt, QueryTerms } from "./deployment-profile";
import { isGeneralQuestion } from "./general-questions";
import { findInformationRequests, type InformationRequest } from "./information-requests";
import { splitPayload } from "./payload";
import { routerTerms } from "./function-words";
import { type NamedSubject, type SubjectIndex } from "./subjects";

export interface RequestAnalysis {
  text: string;
  /** What it asks: the text before its material starts (see `splitPayload`). */
  instruction: string;
  /** The material it brings along (notes, a ticket, code), or "". */
  payload: string;
  /** Its terms as this deployment sees them: task wording vs content, novelty, corpus-only terms. */
  terms: QueryTerms;
  /** Corpus subjects it names (document titles and their parts), anywhere in the request. */
  subjects: NamedSubject[];
  /** Information it asks for and does not give: questions, "mention which …", "pon la dirección", "(name it)". */
  informationRequests: InformationRequest[];
  /** Dates written in it. */
  dates: FoundDate[];
  /** Figures it supplies itself: tokens with digits (amounts, times, versions, ids), outside quoted code. */
  suppliedFacts: number;
  /** Share of its characters inside quotation marks or code fences: text it hands over to be worked on. */
  quotedShare: number;
  /** It asks about a general notion ("what's the difference between …", "what does … mean"), not a particular fact. */
  general: boolean;
}

const figure = /(?<![\p{L}])[$€£¥]?\d[\d.,:/%-]*/gu;
const code = /```[\s\S]*?```/gu;
/** A fenced block, or a quotation of at least four words (a quoted title or term is a reference, not material). */
const handedOver = /```[\s\S]*?```|["“«][^"“”«»]*?(?:\s+[^\s"“”«»]+){3,}[^"“”«»]*?["”»]/gu;

/** Analyses a request once. `leftOut` measures a training prompt as if it were not in the training data. */
export function analyzeRequest(text: string, profile: DeploymentProfile, subjects?: SubjectIndex, leftOut?: LeftOutPrompt): RequestAnalysis {
  const split = splitPayload(text);
  const lists = { instruction: routerTerms(split.instruction), payload: routerTerms(split.payload) };
  return {
    text,
    instruction: split.instruction,
    payload: split.payload,
    terms: profile.analyze(text, leftOut, split, lists),
    subjects: subjects ? subjects.find([...lists.instruction, ...lists.payload]) : [],
    informationRequests: findInformationRequests(text, split.payload ? text.indexOf(split.payload) : text.length),
    dates: findDates(text),
    suppliedFacts: (text.replace(code, " ").match(figure) ?? []).length,
    quotedShare: text.length === 0 ? 0 : (text.match(handedOver) ?? []).reduce((sum, quote) => sum + quote.length, 0) / text.length,
    general: isGeneralQuestion(text),
  };
}
