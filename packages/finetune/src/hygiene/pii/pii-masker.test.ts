import { describe, expect, it } from "vitest";
import type { SupervisedExample } from "../../dataset/canonical-example";
import { PiiMasker, redactPii } from "./pii-masker";

const example = (user: string, assistant: string): SupervisedExample => ({
  messages: [
    { role: "system", content: "You are support." },
    { role: "user", content: user },
    { role: "assistant", content: assistant },
  ],
});

describe("PiiMasker", () => {
  it("uses one placeholder per entity across every example it masks", () => {
    const masker = new PiiMasker();
    const first = masker.maskExample(example("I am sam@acme.io, call +1 503 555 0142", "Thanks! We wrote to sam@acme.io."));
    const second = masker.maskExample(example("Reply to SAM@ACME.IO and cc kim@acme.io", "Done."));
    expect(first.example.messages[1]?.content).toBe("I am <EMAIL_1>, call <PHONE_1>");
    expect(first.example.messages[2]?.content).toBe("Thanks! We wrote to <EMAIL_1>.");
    expect(second.example.messages[1]?.content).toBe("Reply to <EMAIL_1> and cc <EMAIL_2>");
    expect(masker.counts().email).toEqual({ occurrences: 4, distinct: 2 });
    expect(masker.counts().phone).toEqual({ occurrences: 1, distinct: 1 });
  });

  it("lists every masking with its JSON pointer and placeholder, and never the value", () => {
    const masker = new PiiMasker();
    const { occurrences } = masker.maskExample(example("card 4111 1111 1111 1111", "ok"));
    expect(occurrences).toEqual([{ kind: "credit_card", detector: "credit-card", pointer: "/messages/1/content", start: 5, end: 24, placeholder: "<CREDIT_CARD_1>" }]);
    expect(JSON.stringify(occurrences)).not.toContain("4111");
  });

  it("masks tool-call arguments and text parts, keeps ids and roles, and leaves the input unchanged", () => {
    const input: SupervisedExample = {
      messages: [
        { role: "user", content: [{ type: "text", text: "email sam@acme.io" }] },
        { role: "assistant", tool_calls: [{ id: "call_sam@acme.io", type: "function", function: { name: "send", arguments: '{"to":"sam@acme.io"}' } }] },
      ],
    };
    const { example: masked, occurrences } = new PiiMasker().maskExample(input);
    expect(occurrences.map((occurrence) => occurrence.pointer)).toEqual(["/messages/0/content/0/text", "/messages/1/tool_calls/0/function/arguments"]);
    expect(JSON.parse(masked.messages[1]?.tool_calls?.[0]?.function.arguments ?? "")).toEqual({ to: "<EMAIL_1>" });
    expect(masked.messages[1]?.tool_calls?.[0]?.id).toBe("call_sam@acme.io");
    expect(input.messages[0]?.content).toEqual([{ type: "text", text: "email sam@acme.io" }]);
  });

  it("restricts detection to the kinds asked for", () => {
    const { occurrences } = new PiiMasker({ kinds: ["phone"] }).maskExample(example("sam@acme.io, +1 503 555 0142", "ok"));
    expect(occurrences.map((occurrence) => occurrence.kind)).toEqual(["phone"]);
  });
});

describe("redactPii", () => {
  it("replaces spans by their kind", () => {
    expect(redactPii("write to sam@acme.io from 10.0.4.17")).toBe("write to <EMAIL> from <IP_ADDRESS>");
  });
});
