// Function words the router ignores when it weighs a request's wording, beyond the English stopwords the shared
// analysis already drops. Language knowledge, not tuned on any dataset: articles, prepositions, pronouns,
// conjunctions, auxiliaries and question words of the languages requests are most often mixed with, written with
// and without accents (people type fast), and the English stopwords typed without their apostrophe ("whats").
// Without them, a deployment whose training prompts include some Spanish or French requests reads "de", "la",
// "que" as the trained tasks' wording, and every Spanish question looks like a task.
import { analyzeText } from "@tandem/text";

const lists = {
  spanish:
    "el la los las lo un una unos unas de del al a en con por para sin sobre entre hasta desde hacia segun según y e o u ni " +
    "que qué cual cuál cuales cuáles quien quién quienes cuando cuándo donde dónde como cómo cuanto cuánto cuanta cuánta cuantos cuántos cuantas cuántas " +
    "es son era eran fue fueron ser estar esta está estan están estoy estas estás este esto estos ese esa eso esos esas aquel aquella " +
    "hay ha han he has hemos habia había tiene tienen tengo tienes tenia tenía puede pueden puedo puedes " +
    "mi mis tu tus su sus nuestro nuestra me te se le les nos yo tú usted ustedes él ella ellos ellas " +
    "no si sí ya muy mas más pero porque pues tambien también aun aún todavia todavía solo sólo q pq xq",
  french:
    "le la les l un une des du de d au aux a à en dans par pour sur sous avec sans chez vers entre et ou où ni mais donc car " +
    "que qu qui quoi quel quelle quels quelles quand comment combien pourquoi lequel laquelle " +
    "est sont était étaient été être suis es sommes êtes ai as avons avez ont avait c ce cet cette ces ceci cela ça " +
    "il elle ils elles on je j tu vous nous me m te t se s lui leur leurs mon ma mes ton ta tes son sa ses notre nos votre vos " +
    "ne pas plus très tres aussi encore déjà deja y",
  german:
    "der die das den dem des ein eine einen einem einer eines und oder aber sondern denn dass daß ob wenn als wie " +
    "was wer wen wem wessen welche welcher welches wann wo wohin woher warum wieso weshalb wieviel wieviele " +
    "ist sind war waren bin bist seid sein gewesen hat haben hatte hatten habe kann können konnte muss müssen soll sollen wird werden wurde " +
    "ich du er sie es wir ihr mich dich sich mir dir ihm ihn ihnen mein meine dein deine unser unsere euer eure " +
    "mit von zu zum zur bei nach aus auf für fuer über ueber unter vor hinter neben zwischen durch gegen ohne um im ins am vom beim " +
    "nicht kein keine keinen noch schon auch nur sehr",
  portuguese:
    "o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por pelo pela pelos pelas para com sem sobre entre até desde e ou nem mas " +
    "que quê qual quais quem quando onde como quanto quanta quantos quantas porque porquê " +
    "é são era eram foi foram ser estar está estão estou esta este isto isso esse essa aquele aquela há tem têm tinha pode podem " +
    "meu minha meus minhas seu sua seus suas nosso nossa me te se lhe lhes eu você vocês ele ela eles elas " +
    "não sim já muito mais também ainda só",
  italian:
    "il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle da dal dalla dai in nel nello nella nei negli nelle " +
    "su sul sulla sui con per tra fra e ed o od ma né che chi cui quale quali quando dove come quanto quanta quanti quante perché perche " +
    "è e' sono era erano essere sta stanno ho hai ha abbiamo avete hanno aveva può possono " +
    "mio mia miei mie tuo tua suo sua suoi sue nostro nostra mi ti si ci vi gli io tu lui lei noi voi loro " +
    "non sì già molto più anche ancora solo",
};

/** English stopwords as people type them without the apostrophe ("ill", "id" and "were" are words already). */
const unapostrophed = "arent cant couldnt didnt doesnt dont hadnt hasnt havent isnt lets shouldnt thats theres wasnt werent whats wont wouldnt im ive youre youve theyre theyve weve hows whos wheres whens whys".split(" ");

/**
 * Words of the lists above that are also common English words: left in, so an English request keeps them as
 * content ("the war memorial", "a solo exhibition", "per month").
 */
const alsoEnglish = new Set("bin car come dan dell den die dove era est ha has hat let lets mit nos par per san sans sea sin so son solo ton ver war was will".split(" "));

/** Every function word of the lists above, as `analyzeText` leaves it (lower-case, stemmed) — the router's terms. */
export const functionWords: ReadonlySet<string> = new Set(
  [...Object.values(lists).flatMap((list) => list.split(" ")), ...unapostrophed]
    .filter((word) => !alsoEnglish.has(word))
    .flatMap((word) => analyzeText(word))
    .filter((term) => !alsoEnglish.has(term)),
);

/** A text's terms as the router weighs them: the shared analysis (`analyzeText`) without these function words. */
export function routerTerms(text: string): string[] {
  return analyzeText(text).filter((term) => !functionWords.has(term));
}
