// Requests for information inside a request: "mention which release added it", "add when it opened", "dile hasta
// qué hora abren", "(name it)", "raise it to whatever SDK 3 requires". Language knowledge, not tuned on any
// dataset: verbs that ask the writer to put something in, question words, determiners and the adjectives that point
// at a value the request does not give ("the correct amount", "the new default"), in English, Spanish, French,
// German, Portuguese and Italian.

/** One information request found in a text. */
export interface InformationRequest {
  /** The words that ask (as written, at most ~60 characters). */
  text: string;
  /**
   * `question`: the request is itself a question ("When does AquaPay shut down?", "cuanto es el copay …");
   * `include`: it asks the writer to put in something it does not give ("mention which release added the key",
   * "put the correct amount in the summary", "pon la dirección");
   * `open-value`: it points at a value it leaves open ("whatever SDK 3 requires", "(name it)", "old/new default");
   * `relayed`: it passes on someone's question ("a customer asking which regions …") — to be answered, unless the
   * request brings the answer in its notes.
   */
  kind: "question" | "include" | "open-value" | "relayed";
}

const questionWords = [
  // English
  "what",
  "what's",
  "whats",
  "when",
  "where",
  "which",
  "who",
  "whom",
  "whose",
  "why",
  "how",
  "whether",
  // Spanish (with and without accents)
  "qué",
  "cuál",
  "cuáles",
  "cual",
  "cuales",
  "cuándo",
  "cuando",
  "dónde",
  "donde",
  "quién",
  "quien",
  "quiénes",
  "cuánto",
  "cuanto",
  "cuánta",
  "cuanta",
  "cuántos",
  "cuantos",
  "cuántas",
  "cuantas",
  "cómo",
  // French
  "quel",
  "quelle",
  "quels",
  "quelles",
  "quand",
  "où",
  "combien",
  "comment",
  "pourquoi",
  // German ("was" is an English word too)
  "wann",
  "wo",
  "wer",
  "welche",
  "welcher",
  "welches",
  "wieviel",
  "warum",
  // Portuguese
  "qual",
  "quais",
  "quem",
  "quanto",
  "quantos",
  "onde",
  // Italian
  "quale",
  "quali",
  "chi",
  "dove",
  "quanti",
  "perché",
];

/** Verbs asking the writer to put something in (imperatives, infinitives and "incl."). */
const includeVerbs = [
  // English
  "mention",
  "mentioning",
  "include",
  "including",
  "incl",
  "add",
  "adding",
  "state",
  "stating",
  "say",
  "saying",
  "tell",
  "note",
  "noting",
  "put",
  "name",
  "naming",
  "list",
  "give",
  "giving",
  "show",
  "specify",
  "confirm",
  "check",
  "look up",
  "find out",
  "work out",
  "figure out",
  "make sure",
  "cite",
  "quote",
  "spell out",
  "work in",
  "weave in",
  "fit in",
  "bring in",
  "reference",
  "credit",
  "point out",
  "let (?:me|us|them|him|her|the [\\p{L}]+|[\\p{Lu}][\\p{L}]+) know",
  "remind (?:me|us|them|him|her) (?:of|about)",
  // Spanish
  "incluye",
  "incluya",
  "incluir",
  "incluyendo",
  "agrega",
  "agregue",
  "agregar",
  "añade",
  "añada",
  "añadir",
  "pon",
  "ponle",
  "ponga",
  "poner",
  "menciona",
  "mencione",
  "mencionar",
  "indica",
  "indique",
  "indicar",
  "di",
  "dile",
  "dime",
  "diles",
  "dígale",
  "digale",
  "explica",
  "explícale",
  "especifica",
  "confirma",
  "anota",
  // French
  "ajoute",
  "ajoutez",
  "ajouter",
  "inclus",
  "incluez",
  "inclure",
  "mentionne",
  "mentionnez",
  "mentionner",
  "indique",
  "indiquez",
  "indiquer",
  "précise",
  "précisez",
  "préciser",
  "donne",
  "donnez",
  "mets",
  "mettez",
  "dis",
  "dites",
  "rappelle",
  "rappelez",
  // German
  "nenne",
  "nennen",
  "füge",
  "fügen",
  "erwähne",
  "erwähnen",
  "gib",
  "geben",
  // Portuguese
  "inclua",
  "adicione",
  "acrescente",
  "mencione",
  "diga",
  "coloque",
  "informe",
  "inclui",
  "põe",
  "poe",
  "mete",
  "acrescenta",
  "menciona",
  "refere",
  "diz",
  // Italian
  "includi",
  "aggiungi",
  "menziona",
  "specifica",
  "metti",
  "inserisci",
  "dimmi",
  "indica",
  "indicami",
  "riporta",
  "cita",
  "segnala",
  "fammi sapere",
  "mi serve anche",
  "mi servono anche",
];

/** Verbs relaying someone's question ("a customer asking which regions …"): a question the answer must settle. */
const relayVerbs = [
  "asking",
  "asks",
  "asked",
  "wants to know",
  "want to know",
  "wanting to know",
  "wondering",
  "wonders",
  "inquiring",
  "enquiring",
  "pregunta",
  "preguntó",
  "pregunto",
  "preguntando",
  "quiere saber",
  "demande",
  "demandait",
  "veut savoir",
  "fragt",
  "möchte wissen",
  "pergunta",
  "perguntou",
  "quer saber",
  "chiede",
  "vuole sapere",
];

/** What comes after such a verb when it asks for a value rather than bringing one. */
const openReferents = [
  // determiners and possessives: "mention the year", "add its capacity", "pon la dirección", "any known issue"
  "the",
  "any",
  "all",
  "every",
  "each",
  "its",
  "their",
  "his",
  "her",
  "our",
  "el",
  "la",
  "los",
  "las",
  "su",
  "sus",
  "le",
  "les",
  "l'",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  "der",
  "die",
  "das",
  "den",
  "dem",
  "sein",
  "seine",
  "ihr",
  "ihre",
  "o",
  "a",
  "os",
  "as",
  "seu",
  "sua",
  "il",
  "lo",
  "gli",
  "suo",
  "i",
  "l'",
  "della",
  "dei",
  "whatever",
];

/** Adjectives pointing at a value that is known somewhere but not given here. */
const valueAdjectives =
  "correct|right|exact|actual|current|latest|newest|new|old|previous|original|default|official|first|last|minimum|maximum|min|max|full|applicable|relevant|usual|standard|real|correcto|correcta|exacto|exacta|actual|nuevo|nueva|anterior|vigente|correct|correcte|exact|exacte|nouveau|nouvelle|ancien|ancienne|actuel|actuelle|richtige|richtigen|aktuelle|aktuellen|neue|neuen|correto|correta|atual|novo|nova|corretto|corretta|attuale|nuovo|nuova";

const escape = (word: string) => word.replace(/[.*+?^${}()[\]\\]/g, "\\$&").replace(/\\\(\?:([^)]*)\\\)/g, "(?:$1)");
const alternatives = (words: readonly string[]) => words.map((word) => (word.includes("(?:") ? word : escape(word))).join("|");

const letter = "\\p{L}";
const wordStart = `(?<![${letter}\\p{N}'’])`;
const wordEnd = `(?![${letter}\\p{N}])`;
/** A question word, followed by a space or punctuation (so "WO-590512" or "what-if" is not one). */
const questionWord = `(?:${alternatives(questionWords)}|hasta (?:qu[eé]|cu[aá]ndo)|desde cu[aá]ndo|since when|until when|how (?:much|many|long|far|often|soon|old|big|large|tall)|(?:bis|seit|ab) wann|(?:bis )?wie (?:hoch|viel|viele|lange|oft|alt|groß|gross|weit|spät)|in welche[mnrs]?)(?=[\\s?¿!,.;:)]|$)`;
/** Between the verb and what it asks for: a pronoun or "also" ("tell her", "add also"), a place ("in the summary"). */
const filler =
  `(?:-(?:lui|leur|moi|nous|le|la|les|me|nos|gli|mi|ci))?` +
  `(?:\\s+(?:also|too|please|pls|me|us|him|her|them|le|lui|leur|moi|nous|también|aussi|auch|anche|também))?` +
  `(?:\\s+(?:exactly|precisely|clearly|briefly|plainly|roughly|simply|exactement|clairement|exactamente|claramente|genau|esattamente))?` +
  `(?:\\s+(?:(?:in|into|on|to|for|at|en|dans|sur|no|na|nel|nella|im)\\s+(?:the|a|your|this|that|our|el|la|le|les|o|il|der|die|das|dem)|nel|nella|nello|nei|nelle|al|alla|sul|sulla|au|aux|del|zum|zur|im|ins)\\s+[${letter}\\-]+)?`;
/** Material the request brings itself ("add the following:", "include the notes below"). */
const broughtMaterial = "(?:following|below|above|attached|enclosed|same|text|notes?|siguiente|siguientes|suivant|suivante|suivants|folgende|folgenden|seguinte|seguente)";
/** Verb, optional filler, then a question word, a determiner (+ a value adjective) and a word, or a value adjective. */
const includePattern = new RegExp(
  `${wordStart}(?:${alternatives(includeVerbs)})${wordEnd}${filler}\\s+(?:(?:(?:from|since|until|by|in|at|on|for|to|with|de|desde|hasta|à|a|ab|bis|seit|da|fino a)\\s+)?${questionWord}|(?:${alternatives(openReferents)})\\s+(?!${broughtMaterial}${wordEnd})(?:(?:${valueAdjectives})\\s+)?[${letter}][${letter}\\-]*(?:['’]s)?|(?:${valueAdjectives})\\s+[${letter}]+|\\p{Lu}[${letter}\\-]*['’]s\\s+[${letter}]+)${wordEnd}`,
  "yiu",
);
/** A short piece of text asked for by what it must say: "a line on what the code requires", "a sentence about when it reopens". */
const pieceOn = "(?:line|sentence|paragraph|note|word|bit)\\s+(?:on|about|saying|explaining|stating|covering)";
const pieceOnPattern = new RegExp(`${wordStart}(?:a|one|an extra|a short)\\s+${pieceOn}\\s+${questionWord}${wordEnd}`, "giu");
const mayHoldPieceOn = new RegExp(`\\b${pieceOn}\\b`, "iu");
/** "asking which regions …", "wants to know if …", "pregunta cuánto …". */
const relayPattern = new RegExp(`${wordStart}(?:${alternatives(relayVerbs)})${wordEnd}(?:\\s+(?:us|me|him|her|them|you))?(?:\\s+about\\s+[${letter}]+)?\\s+(?:${questionWord}|if|si|se)${wordEnd}`, "yiu");
/** Adjectives that follow the noun in Romance languages and point at the value in force. */
const romanceCurrent =
  "attuali|attuale|in vigore|aggiornati|aggiornato|aggiornata|aggiornate|corretti|corretto|corretta|actual|actuales|vigente|vigentes|correcto|correcta|correctos|actuel|actuelle|actuels|actuelles|en vigueur|à jour|atual|atuais|em vigor|correto|correta";
/** Words for a document of the deployment's own (a page, a price list, a protocol). */
const documentNouns =
  "page|list|table|doc|docs|documentation|policy|protocol|guide|website|site|handbook|rules|notice|report|listino|protocollo|tabella|documento|liste|grille|politique|protocole|página|lista|tabla|política|protocolo|relatório|aviso|tabela|tarifário";
/** "whatever SDK 3 requires", "(name it)", "old/new default", "+ new value", "with the limit for each plan". */
const openValuePattern = new RegExp(
  `${wordStart}(?:to|with|at|for|is|as|a|en|con|à|avec|auf|mit)\\s+(?:whatever|lo que sea|cualquiera que|quel qu'il soit|n'importe quel|was auch immer)${wordEnd}|\\((?:name|list|give|add|say|state) (?:it|them|one|which|what)\\)|${wordStart}(?:old\\s*/\\s*new|new\\s*/\\s*old|before\\s*/\\s*after|old and new|alte[mnr]? und neue[mnr]?|antiguo y nuevo|ancien et nouveau|antigo e novo|vecchio e nuovo)\\s+[${letter}]+|\\+\\s*(?:the\\s+)?(?:new|old|current|default)\\s+[${letter}]+|${wordStart}with (?:the|its|their) [${letter}\\-]+ (?:for|of|on) (?:each|every|all)${wordEnd}|${wordStart}(?:with|against|per|using|use|need|needs|under|at|by|con|avec|com|mit|usa|utiliza|utilizza|selon|según|segundo|secondo|gemäß|laut)\\s+(?:(?:the|its|their|el|la|los|las|le|les|o|a|os|as|il|dem|den|der)\\s+)?(?:correct|current|exact|actual|latest|right|applicable|up-to-date|correcto|correcta|vigente|exacto|exacta|correct|correcte|exacte|actuel|actuelle|correto|correta|atual|corretto|corretta|attuale)\\s+[${letter}]+`,
  "giu",
);
/** Romance order, the adjective after the noun: "con i prezzi attuali", "+ prezzi in vigore", "avec le tarif actuel" */
const romanceValuePattern = new RegExp(`(?:${wordStart}(?:con|avec|com|según|secondo|selon|usa|utiliza|utilizza)\\s+(?:(?:el|la|los|las|le|les|o|a|os|as|il|i|gli|l')\\s*)?|\\+\\s*|(?<=(?:^|[.;:!?—–])\\s*))[${letter}]+\\s+(?:${romanceCurrent})${wordEnd}`, "giu");
/** A document of the deployment's own the request points to instead of pasting it ("prices from our tariff page") */
const documentPattern = new RegExp(`${wordStart}(?:(?:from|according to|as per|per|in line with|selon|d'après|según|secondo|conforme)\\s+(?:(?:our|the|your|notre|nos|la|le|el|nuestro|nuestra|il|nostro|nostra|o|a|nosso|nossa)\\s+)?(?:[${letter}]+\\s+)?|(?:del|dal|dalla|della|do|da|du)\\s+)(?:${documentNouns})${wordEnd}(?!\\s+(?:below|above|attached))`, "giu");
/** A house rule or figure it names without giving it ("explain our data deadline", "with our lab's ranges") */
const houseValuePattern = new RegExp(`${wordStart}our\\s+(?:[${letter}'’\\-]+\\s+){0,2}(?:rules?|polic(?:y|ies)|deadlines?|bands|ranges|limits?|fees|prices|rates|criteria|thresholds?|protocols?|schedule|opening hours|terms|validity|intervals?|charges|tariffs?)${wordEnd}(?!\\s*[:(])`, "giu");
/** A question: a question word opening the text or a clause. */
const questionPattern = new RegExp(
  `(?<=(?:^|[.;!?¿¡(—–+])\\s*|\\b(?:and|but|y|et|und|oder|e|ou)\\s+)(?:(?:après|apres|avant|depuis|dans|pendant|from|after|before|within)\\s+)?${questionWord}${wordEnd}` +
    // after a comma only the forms a relative clause cannot take: an inverted auxiliary ("…, when did it get played")
    // or a question of amount or time ("…, hasta cuando puedo", "…, wie viel ist")
    `|(?<=,\\s*)(?:when|where|why|how)\\s+(?:did|does|do|is|are|was|were|can|could|will|would|should|has|have)${wordEnd}` +
    `|(?<=,\\s*)(?:hasta cu[aá]ndo|hasta qu[eé]|desde cu[aá]ndo|combien de|bis wann|seit wann|ab wann|wie viel|wie lange|how much|how many|how long)${wordEnd}`,
  "yiu",
);
/** Verbs that, opening a request, make it a question ("Tell me who …", "dime cuánto …"). */
const tellVerb = /^\s*(?:tell|say|give|show|let|find|look|check|confirm|dime|di|dis|dites|indique|nenne|diga|dimmi|informe)\b/iu;
/** A yes/no question opening the text ("is the clinic still open", "does it need PA") — not a polite request ("can you write …"). */
const yesNoQuestion = new RegExp(
  `^\\s*¿?(?:is|are|does|do|did|can|could|will|would|has|have|was|were|should|may|must)(?!\\s+(?:you|u|we|i)\\s+(?:please\\s+|pls\\s+)?(?:write|draft|make|create|give|send|prepare|help|turn|put|rewrite|summari[sz]e|review|do|get|have|check|fix|change|update|add|tell|explain|produce|generate|compose|format|translate))\\s+[${letter}]`,
  "iu",
);
/** A question mark (or an opening "¿") outside quoted material. */
const questionMark = /[?¿](?=\s|$)|¿/u;
const quoted = /["“”«»][^"“”«»]*["“”«»]|```[\s\S]*?```|`[^`]*`/gu;

/**
 * The patterns above are large alternations; rather than scanning the whole text with each, a pattern is tried
 * (sticky) only where a word that can start it stands — most requests hold few such words.
 */
const firstWords = (phrases: readonly string[]) => new Set(phrases.map((phrase) => phrase.toLowerCase().split(/[\s(]/u)[0] as string));
const starts = {
  include: firstWords(includeVerbs),
  relayed: firstWords(relayVerbs),
  question: firstWords([...questionWords, "hasta", "desde", "since", "until", "how", "bis", "seit", "ab", "wie", "in", "après", "apres", "avant", "depuis", "dans", "pendant", "from", "after", "before", "within"]),
};
const wordToken = /[\p{L}][\p{L}'’]*/gu;
const mayHoldOpenValue = /\b(?:need|needs|use)\b|whatever|lo que sea|cualquiera|n'importe|quel qu|auch immer|[(/+]|\b(?:with|against|per|using|under|at|by)\b|\b(?:selon|según|segundo|secondo|gemäß|laut)\b|\b(?:and|und|y|et|e)\s+(?:new|neue|nuevo|nouveau|novo|nuovo)|\b(?:con|avec|com|mit|usa|utiliza|utilizza)\b/iu;
/** Cheap tests before the patterns they guard are tried (most requests hold none of these words). */
const mayHoldRomanceValue = new RegExp(`(?:${romanceCurrent})`, "iu");
const mayHoldDocument = new RegExp(`${wordStart}(?:${documentNouns})${wordEnd}`, "iu");
const mayHoldHouseValue = /(?<![\p{L}\p{N}'’])our\s/iu;

/** Matches of a sticky pattern tried at each word that can start it. */
function* matchesAt(text: string, words: readonly { word: string; at: number }[], first: ReadonlySet<string>, pattern: RegExp): Generator<RegExpExecArray> {
  for (const { word, at } of words) {
    if (!first.has(word)) continue;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match) yield match;
  }
}

/**
 * German puts the verb last: "Bitte aktuellen Preis und Stichtag nennen", "bitte mit rein", "bitte mit den neuen
 * Beträgen". A "bitte" followed, within its clause, by a verb that asks to put something in (or by "mit" and a value
 * adjective) asks for a fact — unless the words between bring a figure themselves.
 */
const verbLast = new RegExp(
  `${wordStart}bitte${wordEnd}(?:[^.?!:;\\d]{0,90}?${wordStart}(?:nennen|angeben|ergänzen|erwähnen|einfügen|aufführen|aufnehmen|eintragen|reinschreiben|hineinschreiben|dazuschreiben|reinnehmen|mit rein)${wordEnd}(?!\\s*:)|\\s+mit\\s+(?:(?:dem|den|der|die|das)\\s+)?(?:${valueAdjectives}|korrekte[mnr]?|genaue[mnr]?|gültige[mnr]?|aktueller|neuem|neuer|alte[mnr]?)${wordEnd})`,
  "giu",
);

/** Digits, a currency amount or a code right after the words found: the request brings the value itself. */
const suppliedValue = /^\s*[:=]?\s*(?:[$€£¥]?\d|["“'‘«`])/u;

/**
 * Finds the information requests in a request. Quoted material (a customer's message, a code block) is left out:
 * a question inside a pasted ticket is material, not a request to look something up. `payloadStart` (where the
 * request's own material begins, see `splitPayload`) tells a question asked in a task's material ("a poem for the
 * crew: how many were lost, and where the wreck lies") — a fact the task needs — from a request that is a
 * question; and a request that opens by asking ("Tell me who chairs the board") is a question.
 */
export function findInformationRequests(text: string, payloadStart = text.length): InformationRequest[] {
  const own = text.replace(quoted, (match) => " ".repeat(match.length));
  const found: InformationRequest[] = [];
  const taken: [number, number][] = [];
  const opening = own.length - own.trimStart().length;
  const inMaterial = (at: number) => at >= payloadStart && payloadStart > opening;
  const add = (match: RegExpMatchArray, kind: InformationRequest["kind"]) => {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (taken.some(([from, to]) => start < to && end > from)) return;
    if (kind === "include" && suppliedValue.test(own.slice(end, end + 12))) return;
    taken.push([start, end]);
    const opensRequest = start <= opening && (tellVerb.test(match[0]) || /^\s*bitte/iu.test(match[0]));
    const asked = kind === "question" && inMaterial(start) ? "include" : kind === "include" && opensRequest ? "question" : kind;
    found.push({ text: match[0].trim().slice(0, 60), kind: asked });
  };
  const words = [...own.matchAll(wordToken)].map((match) => ({ word: match[0].toLowerCase(), at: match.index }));
  for (const match of matchesAt(own, words, starts.include, includePattern)) add(match, "include");
  if (/bitte/iu.test(own)) for (const match of own.matchAll(verbLast)) add(match, "include");
  if (mayHoldPieceOn.test(own)) for (const match of own.matchAll(pieceOnPattern)) add(match, "include");
  for (const match of matchesAt(own, words, starts.relayed, relayPattern)) add(match, "relayed");
  if (mayHoldOpenValue.test(own)) for (const match of own.matchAll(openValuePattern)) add(match, "open-value");
  if (mayHoldRomanceValue.test(own)) for (const match of own.matchAll(romanceValuePattern)) add(match, "open-value");
  if (mayHoldDocument.test(own)) for (const match of own.matchAll(documentPattern)) add(match, "open-value");
  if (mayHoldHouseValue.test(own)) for (const match of own.matchAll(houseValuePattern)) add(match, "open-value");
  for (const match of matchesAt(own, words, starts.question, questionPattern)) add(match, "question");
  if (found.every((request) => request.kind !== "question")) {
    const asked = yesNoQuestion.exec(own) ?? questionMark.exec(own);
    if (asked) found.push({ text: own.slice(Math.max(0, asked.index - 50), asked.index + asked[0].length).trim(), kind: "question" });
  }
  return found;
}
