import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { providerProfiles, resolveProfile } from "../profiles/resolve-profile";
import { readDataset } from "../readers/read-dataset";
import { createValidator } from "./create-validator";
import { validateDataset } from "./validate-dataset";

const sample = fileURLToPath(new URL("../../../../datasets/", import.meta.url));
const directory = mkdtempSync(join(tmpdir(), "tandem-validate-"));
const user = (content: string) => ({ role: "user", content });
const assistant = (content: string, extra: object = {}) => ({ role: "assistant", content, ...extra });

describe("the sample datasets validate clean", () => {
  for (const file of ["kestrel/finetune/train.jsonl", "kestrel/finetune/validation.jsonl", "riverton-library/finetune/train.jsonl", "riverton-library/finetune/validation.jsonl"]) {
    it(`${file}: no errors or warnings under the openai profile`, async () => {
      const report = await validateDataset(join(sample, file));
      expect(report.counts).toMatchObject({ error: 0, warn: 0 });
      expect(report.valid).toBe(true);
      expect(report.examples).toBe(report.records);
      expect(report.tokens.totalTokens).toBeGreaterThan(report.tokens.trainableTokens);
    });
  }

  it("kestrel train.jsonl: token figures (o200k_base, gpt-4o-mini)", async () => {
    const report = await validateDataset(join(sample, "kestrel/finetune/train.jsonl"));
    expect(report.tokens).toMatchObject({ examples: 120, encoding: "o200k_base", epochs: 3, contextLimit: 65_536, overLimit: 0 });
    expect(report.tokens.chargedTokens).toBe(3 * report.tokens.billedTokens);
    expect(report.tokens.cost?.usd).toBeCloseTo((report.tokens.chargedTokens / 1e6) * 3, 6);
  });
});

describe("provider profiles", () => {
  const tools = (name: string) => JSON.stringify({ messages: [user("q"), assistant("a"), assistant("again")], functions: [{ name }] });

  it("applies each profile's roles, minimum and strictness", async () => {
    const file = join(directory, "profiles.jsonl");
    writeFileSync(file, `${tools("lookup")}\n${tools("lookup")}\n${JSON.stringify({ messages: [user("q"), { role: "function", name: "lookup", content: "r" }, assistant("a")] })}\n`);
    const rules = async (profile: string) => {
      const report = await validateDataset(file, { profile });
      return Object.fromEntries(Object.entries(report.rules).map(([id, counts]) => [id, counts.error > 0 ? "error" : counts.warn > 0 ? "warn" : "info"]));
    };
    expect(await rules("openai")).toMatchObject({ F04: "error", E07: "error" });
    const fireworks = await rules("fireworks");
    expect(fireworks).toMatchObject({ E07: "warn", M01: "error", K02: "warn" });
    expect(fireworks.F04).toBeUndefined();
    expect(await rules("together")).toMatchObject({ E07: "error" });
    const generic = await rules("generic");
    expect(generic.E07).toBe("warn");
    expect(generic.M01).toBeUndefined();
  });

  it("shows a model-scoped note only for the models it is about", async () => {
    const file = join(sample, "kestrel/finetune/validation.jsonl");
    const note = /gpt-4\.1 family training context is assumed/;
    expect((await validateDataset(file)).notes.some((text) => note.test(text))).toBe(false);
    expect((await validateDataset(file, { model: "gpt-4.1-mini-2025-04-14" })).notes.some((text) => note.test(text))).toBe(true);
    expect((await validateDataset(file, { model: "ft:gpt-4.1-2025-04-14:acme::abc" })).notes.some((text) => note.test(text))).toBe(true);
    expect((await validateDataset(file, { profile: "generic" })).notes).toEqual(resolveProfile("generic").notes);
  });

  it("loads a profile from a JSON file and names what is wrong with an invalid one", async () => {
    const path = join(directory, "mine.json");
    writeFileSync(path, JSON.stringify({ ...providerProfiles.generic, name: "mine", minExamples: 5, severities: { E05: "off" } }));
    expect(resolveProfile(path)).toMatchObject({ name: "mine", minExamples: 5 });
    const bad = join(directory, "bad.json");
    writeFileSync(bad, JSON.stringify({ ...providerProfiles.generic, roles: ["narrator"] }));
    expect(() => resolveProfile(bad)).toThrow(/\/roles\/0/);
    expect(() => resolveProfile("azure")).toSatisfy(() => {
      try {
        resolveProfile("azure");
      } catch (error) {
        return TandemError.isInstance(error) && /unknown profile/.test(error.message);
      }
      return false;
    });
  });

  it("turns a rule off or changes its severity through the profile", async () => {
    const file = join(directory, "trailing-user.jsonl");
    writeFileSync(file, `${JSON.stringify({ messages: [user("q"), assistant("a"), user("thanks")] })}\n`);
    const off = await validateDataset(file, { profile: { ...providerProfiles.generic, severities: { E05: "off" } } });
    expect(off.rules.E05).toBeUndefined();
    const raised = await validateDataset(file, { profile: { ...providerProfiles.generic, severities: { E05: "error" } } });
    expect(raised.rules.E05).toEqual({ error: 1, warn: 0, info: 0 });
    expect(raised.valid).toBe(false);
  });
});

describe("createValidator", () => {
  it("checks entries one at a time, for callers that transform as they go", async () => {
    const file = join(directory, "stream.jsonl");
    writeFileSync(file, `${JSON.stringify({ messages: [user("q"), assistant("a")] })}\n${JSON.stringify({ messages: [user("q")] })}\n`);
    const validator = await createValidator({ profile: "generic" });
    const results = [];
    for await (const entry of readDataset(file)) results.push(validator.check(entry));
    expect(results.map((result) => result.ok)).toEqual([true, false]);
    expect(results[1]?.findings.map((finding) => finding.ruleId)).toEqual(["E03", "E05"]);
    expect(results[0]?.tokens?.total).toBeGreaterThan(0);
    const report = validator.finish({ file, bytes: 0, layout: "jsonl" });
    expect(report).toMatchObject({ records: 2, examples: 2, examplesWithErrors: 1, valid: false });
  });

  it("caps the findings kept per rule while counting them all", async () => {
    const file = join(directory, "many.jsonl");
    writeFileSync(file, `${JSON.stringify({ messages: [user("q"), assistant("a")] })}\r\n`.repeat(50));
    const report = await validateDataset(file, { maxFindingsPerRule: 3, profile: "generic" });
    expect(report.rules.F03?.warn).toBe(50);
    expect(report.findings.filter((finding) => finding.ruleId === "F03")).toHaveLength(3);
    expect(report.omittedFindings).toBe(47);
  });

  it("flags a data-URL image over the profile's size limit (E10)", async () => {
    const file = join(directory, "image.jsonl");
    const url = `data:image/png;base64,${"A".repeat(4000)}`;
    writeFileSync(file, `${JSON.stringify({ messages: [{ role: "user", content: [{ type: "image_url", image_url: { url } }] }, assistant("a")] })}\n`);
    const profile = { ...providerProfiles.generic, images: { maxPerExample: 10, maxBytes: 1000, mimeTypes: ["image/png"] } };
    const report = await validateDataset(file, { profile });
    expect(report.findings.find((finding) => finding.ruleId === "E10" && finding.line === 1)?.message).toBe("the image is 3,000 bytes, over the 1,000 bytes limit");
  });
});
