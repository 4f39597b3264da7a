import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { describe, expect, it } from "vitest";
import { groundedMessages, parseGroundedPrompt } from "../grounded/grounded-prompt";
import { ExampleMemoryModel } from "./example-memory-model";
import { abstainText, ExtractiveReader, notGroundedText } from "./extractive-reader";
import { LocalHashEmbeddings } from "./local-hash-embeddings";

const blocks = [
  {
    marker: 1,
    source: "corpus/pricing.md",
    title: "Pricing",
    text: "# Pricing\nStorage costs $0.25 per GB-month on every plan. Egress in eu-west-1 costs $0.09 per GB since 2026-10-01.",
  },
  { marker: 2, source: "corpus/backups.md", title: "Backups", text: "Backups are kept for 7 days on Starter and 30 days on Pro." },
];

describe("grounded prompt", () => {
  it("round-trips question and blocks", () => {
    const [, human] = groundedMessages("What does egress cost?", blocks);
    const parsed = parseGroundedPrompt(String(human?.content));
    expect(parsed?.question).toBe("What does egress cost?");
    expect(parsed?.blocks).toEqual(blocks.map((block) => ({ ...block, text: block.text.trim() })));
    expect(parseGroundedPrompt("hello")).toBeNull();
  });
});

describe("ExtractiveReader", () => {
  const reader = new ExtractiveReader();

  it("quotes the answering sentence verbatim with its marker", async () => {
    const message = await reader.invoke(groundedMessages("How much is egress in eu-west-1?", blocks));
    expect(message.content).toBe("Egress in eu-west-1 costs $0.09 per GB since 2026-10-01. [1]");
    const backups = await reader.invoke(groundedMessages("How long are backups kept on Pro?", blocks));
    expect(backups.content).toMatch(/^Backups are kept for 7 days on Starter and 30 days on Pro\. \[2\]$/);
  });

  it("never writes text that is not in the sources", async () => {
    for (const question of ["What does storage cost?", "backups retention Starter", "egress eu-west-1", "egress price"]) {
      const text = String((await reader.invoke(groundedMessages(question, blocks))).content);
      if (text === abstainText) continue;
      for (const part of text.split(/ \[\d+\]\s*/).filter(Boolean)) {
        expect(blocks.some((block) => block.text.includes(part))).toBe(true);
      }
    }
  });

  it("abstains when the sources do not answer, and refuses ungrounded prompts", async () => {
    expect((await reader.invoke(groundedMessages("Who won the 1998 world cup final?", blocks))).content).toBe(abstainText);
    expect((await reader.invoke([new HumanMessage("What does egress cost?")])).content).toBe(notGroundedText);
  });
});

describe("ExampleMemoryModel", () => {
  const model = new ExampleMemoryModel({
    examples: [
      {
        messages: [
          { role: "system", content: "You are support." },
          { role: "user", content: "Triage this ticket: the database is down" },
          { role: "assistant", content: "Severity: S1\nArea: availability" },
        ],
      },
      {
        messages: [
          { role: "user", content: "Write a reply to this customer: they were double charged" },
          { role: "assistant", content: "Hi,\nSorry about the double charge.\n— Support" },
        ],
      },
    ],
  });

  it("answers with the nearest example's reply and says which one", async () => {
    const message = await model.invoke([new SystemMessage("You are support."), new HumanMessage("Triage this ticket: replicas lag")]);
    expect(message.content).toBe("Severity: S1\nArea: availability");
    expect(message.response_metadata.memory).toMatchObject({ nearestIndex: 0 });
    const reply = await model.invoke([new HumanMessage("Please write a reply to this customer about a refund")]);
    expect(reply.content).toMatch(/— Support$/);
  });

  it("keeps citations in the both route: appends cited source sentences to a grounded answer", async () => {
    const message = await model.invoke(groundedMessages("Write a reply to this customer asking about egress pricing in eu-west-1", blocks));
    expect(String(message.content)).toMatch(/^Hi,\nSorry about the double charge\.\n— Support\n\nSources: Egress in eu-west-1 costs \$0\.09 per GB since 2026-10-01\. \[1\]/);
  });
});

describe("LocalHashEmbeddings", () => {
  const embeddings = new LocalHashEmbeddings();
  const cosine = (left: number[], right: number[]) => left.reduce((sum, value, index) => sum + value * (right[index] ?? 0), 0);

  it("is unit length and ranks lexically related texts closer", async () => {
    const [query, related, unrelated] = await embeddings.embedDocuments([
      "egress pricing in eu-west-1",
      "Egress in eu-west-1 is priced at $0.09 per GB",
      "Backups are kept for seven days",
    ]);
    expect(Math.hypot(...(query as number[]))).toBeCloseTo(1, 10);
    expect(cosine(query as number[], related as number[])).toBeGreaterThan(cosine(query as number[], unrelated as number[]) + 0.2);
    expect(embeddings.id).toBe("local-hash-512-v1");
  });

  it("tolerates morphology through character n-grams", async () => {
    const [base, inflected, other] = await embeddings.embedDocuments(["replication", "replicated", "invoice"]);
    expect(cosine(base as number[], inflected as number[])).toBeGreaterThan(cosine(base as number[], other as number[]));
  });
});
