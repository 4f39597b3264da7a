import { encodeChat } from "gpt-tokenizer/model/gpt-4o";
import { describe, expect, it } from "vitest";
import { ExampleTokenCounter } from "./count-example-tokens";
import { defaultEpochs } from "./epochs";
import { trainingPrice } from "./price-table";
import { TokenHistogram } from "./token-histogram";
import { encodingForModel, loadTokenizer } from "./tokenizer";

describe("token accounting", () => {
  it("counts a chat example exactly as the ChatML encoding of gpt-tokenizer does (K03)", async () => {
    const counter = new ExampleTokenCounter(await loadTokenizer("o200k_base"));
    const messages = [
      { role: "system", content: "You are Kestrel's support assistant." },
      { role: "user", content: "How long are daily backups kept on Enterprise?" },
      { role: "assistant", content: "Daily backups are retained for 30 days on Enterprise." },
    ] as const;
    const counted = counter.chat({ messages });
    expect(counted.total).toBe(encodeChat(messages, "gpt-4o").length);
    expect(counted.trainable).toBe(11);
    expect(counted.approximate).toBe(false);
  });

  it("counts special-token text as plain text instead of throwing (M06)", async () => {
    const tokenizer = await loadTokenizer("cl100k_base");
    expect(tokenizer.count("<|endoftext|>")).toBeGreaterThan(1);
    expect(() => tokenizer.count("a <|im_start|> b <|fim_prefix|>")).not.toThrow();
  });

  it("leaves weight-0 assistant turns out of the trainable tokens (K04)", async () => {
    const counter = new ExampleTokenCounter(await loadTokenizer("o200k_base"));
    const weighted = counter.chat({ messages: [{ role: "user", content: "q" }, { role: "assistant", content: "draft answer", weight: 0 }, { role: "user", content: "again" }, { role: "assistant", content: "final" }] });
    const plain = counter.chat({ messages: [{ role: "user", content: "q" }, { role: "assistant", content: "final" }] });
    expect(weighted.trainable).toBe(plain.trainable);
    expect(weighted.total).toBeGreaterThan(plain.total);
  });

  it("picks the encoding by model (K02)", () => {
    expect(encodingForModel("gpt-4o-mini-2024-07-18")).toEqual({ encoding: "o200k_base", known: true });
    expect(encodingForModel("ft:gpt-4.1-2025-04-14:acme::x1")).toEqual({ encoding: "o200k_base", known: true });
    expect(encodingForModel("gpt-3.5-turbo-0125")).toEqual({ encoding: "cl100k_base", known: true });
    expect(encodingForModel("gpt-4-0613")).toEqual({ encoding: "cl100k_base", known: true });
    expect(encodingForModel("llama-3.1-8b")).toEqual({ encoding: "o200k_base", known: false });
  });

  it("follows the cookbook's default-epoch heuristic (5 examples → 20 epochs)", () => {
    expect(defaultEpochs(5)).toBe(20);
    expect(defaultEpochs(1)).toBe(25);
    expect(defaultEpochs(120)).toBe(3);
    expect(defaultEpochs(10_000)).toBe(2);
    expect(defaultEpochs(100_000)).toBe(1);
  });

  it("prices by the longest model prefix and leaves unknown models unpriced", () => {
    expect(trainingPrice("gpt-4o-mini-2024-07-18")).toBe(3);
    expect(trainingPrice("gpt-4o-2024-08-06")).toBe(25);
    expect(trainingPrice("mistral-7b")).toBeUndefined();
  });

  it("keeps exact percentiles in constant memory", () => {
    const histogram = new TokenHistogram(100, 2);
    for (const value of [5, 1, 9, 3, 7, 150, 300, 700]) histogram.add(value);
    expect([histogram.percentile(50), histogram.percentile(75), histogram.max, histogram.exact]).toEqual([7, 150, 700, false]);
    expect(histogram.percentile(100)).toBe(700);
  });
});
