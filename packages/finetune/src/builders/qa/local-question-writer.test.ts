import { HumanMessage } from "@langchain/core/messages";
import { messageContent } from "@tandem/models";
import { describe, expect, it } from "vitest";
import { informativeSentences, LocalQuestionWriter, sentenceToQuestion } from "./local-question-writer";
import { parseQuestionReply, questionMessages } from "./question-prompt";

describe("LocalQuestionWriter", () => {
  it("turns a sentence's key fact into a question word", () => {
    expect(sentenceToQuestion("Egress in eu-west-1 costs $0.09 per GB from 2026-10-01.").question).toBe("Egress in eu-west-1 costs how much from 2026-10-01?");
    expect(sentenceToQuestion("The autoscaler samples CPU and memory every 15 seconds.").question).toBe("The autoscaler samples CPU and memory every how long?");
    expect(sentenceToQuestion("The `kestrel db scale` command requires CLI v2.15.0 or later.").question).toBe("The `kestrel db scale` command requires CLI which version or later?");
    expect(sentenceToQuestion("The Pro plan allows up to 8 CU per compute.").question).toBe("The Pro plan allows up to how many CU per compute?");
    expect(sentenceToQuestion("Point-in-time restore is available on every paid plan.")).toEqual({ question: "What is point-in-time restore?", specific: false });
  });

  it("prefers informative prose over headings, tables and code", () => {
    const passage = "# Autoscaling\n\n| Plan | Max |\n|---|---|\n| Pro | 8 CU |\n\nIt is nice.\n\nScaling up takes about 5 seconds and does not drop connections.";
    expect(informativeSentences(passage)).toEqual(["Scaling up takes about 5 seconds and does not drop connections."]);
  });

  it("asks about table cells when a passage has only a table", async () => {
    const passage = "| Limit | Starter | Pro |\n|---|---|---|\n| Maximum compute size | 2 CU | 8 CU |\n| Branches per project | 10 | — |";
    const questions = [
      { question: 'In the table, what is "Maximum compute size" for "Starter"?', answer: '"Maximum compute size" for "Starter" is 2 CU.' },
      { question: 'In the table, what is "Branches per project" for "Starter"?', answer: '"Branches per project" for "Starter" is 10.' },
    ];
    const reply = await new LocalQuestionWriter().invoke(questionMessages({ id: "t", source: "limits.md", metadata: {}, text: passage }, 3));
    expect(parseQuestionReply(messageContent(reply), 3)).toEqual(questions);
  });

  it("answers the question-writing prompt with JSON pairs whose answers are verbatim sentences", async () => {
    const chunk = { id: "c1", source: "corpus/backups.md", metadata: {}, text: "# Backups\n\nDaily backups are kept for 7 days on Starter and 30 days on Pro. Restores take about 10 minutes per 100 GB of data." };
    const reply = await new LocalQuestionWriter().invoke(questionMessages(chunk, 2));
    const pairs = parseQuestionReply(messageContent(reply), 2);
    expect(pairs).toHaveLength(2);
    for (const pair of pairs) {
      expect(chunk.text).toContain(pair.answer);
      expect(pair.question.endsWith("?")).toBe(true);
    }
    expect(messageContent(await new LocalQuestionWriter().invoke([new HumanMessage("hello")]))).toBe("[]");
  });

  it("rejects replies that are not a JSON array of pairs, with the reason", () => {
    expect(() => parseQuestionReply("Sure! Here are some questions.", 2)).toThrow(/no JSON array/);
    expect(() => parseQuestionReply('[{"q": "x"}]', 2)).toThrow(/not \[\{question, answer\}\]/);
    expect(parseQuestionReply('```json\n[{"question": "What is X?", "answer": "Y"}]\n```', 2)).toEqual([{ question: "What is X?", answer: "Y" }]);
  });
});
