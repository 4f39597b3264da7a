// Fit the offline LSA embedder on a corpus, freeze it to a file, and load it back: words used in the same contexts
// end up close even when no document contains both.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LsaEmbeddings } from "@tandem/models";

const corpus = [
  "The aircraft wing carries the lift; the pilot trims the aircraft for level flight.",
  "An airplane needs a long runway; the pilot lowers the airplane wing flaps before landing.",
  "Flight tests measure wing lift and drag at high speed.",
  "A ripe banana has a yellow peel and sweet fruit.",
  "Banana bread uses very ripe fruit and a little sugar.",
  "Yellow fruit such as mango and banana ripen fast in the sun.",
];
const fitted = LsaEmbeddings.fit(corpus, { dimensions: 2 });
const file = join(mkdtempSync(join(tmpdir(), "lsa-")), "lsa-model.json");
fitted.save(file); // frozen: the same file gives the same vectors and the same id
const embeddings = LsaEmbeddings.load(file);

const [aircraft, airplane, banana] = await embeddings.embedDocuments(["aircraft", "airplane", "banana"]);
const cosine = (left: number[] = [], right: number[] = []) => left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);
console.log(embeddings.id, `${embeddings.vocabularySize} terms`);
console.log(`aircraft~airplane ${cosine(aircraft, airplane).toFixed(2)}, aircraft~banana ${cosine(aircraft, banana).toFixed(2)}`);
