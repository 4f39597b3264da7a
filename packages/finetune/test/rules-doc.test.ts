// RULES.md is generated from the rule registry, so the docs link of every finding points at a current entry.
// Regenerate with: UPDATE_RULES_MD=1 npx vitest run test/rules-doc.test.ts
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { providerProfiles } from "@tandem/finetune";
import { ruleRegistry } from "@tandem/finetune/validation";
import { expect, it } from "vitest";

const stages: Record<string, string> = {
  read: "reading the bytes and raw JSON",
  example: "each example",
  dataset: "the whole file",
  tokens: "token accounting",
  hygiene: "dataset hygiene — checked by `tandem data prepare`, not by `data validate`",
  job: "job parameters — checked when a fine-tuning job is created",
};

function render(): string {
  const profiles = Object.values(providerProfiles);
  const lines = [
    "# Fine-tuning dataset rules",
    "",
    "Generated from `src/validation/rule-registry.ts` by `test/rules-doc.test.ts`; ids follow the reference collected in",
    "the project's shared notes (OpenAI guides and spec, the OpenAI cookbook, Together, Fireworks, Mistral, axolotl, LLaMA-Factory).",
    "Every finding carries its rule id, severity, line, JSON pointer and a link here. Profiles may change a rule's",
    "severity (`severities` in the profile) — the strict `openai` profile makes turn order (E07) and multi-turn DPO",
    "input (P03) errors; `together` makes E07 an error.",
    "",
    "| id | severity | checked on | rule | what to do |",
    "|---|---|---|---|---|",
    ...ruleRegistry.map((rule) => `| <a id="${rule.id.toLowerCase()}"></a>${rule.id} | ${rule.severity} | ${stages[rule.stage]} | ${escape(rule.title)} | ${escape(rule.hint)} |`),
    "",
    "## Provider profiles",
    "",
    "| profile | formats | min examples | file size | roles | strict | default context |",
    "|---|---|---|---|---|---|---|",
    ...profiles.map(
      (profile) =>
        `| ${profile.name} | ${profile.formats.join(", ")} | ${profile.minExamples} | ${"maxFileBytes" in profile && profile.maxFileBytes ? `${(profile.maxFileBytes / 1024 / 1024).toLocaleString("en-US")} MB` : "—"} | ${profile.roles.join(", ")} | ${profile.strict ? "yes" : "no"} | ${profile.defaultContextLimit.toLocaleString("en-US")} |`,
    ),
    "",
  ];
  return lines.join("\n");
}

function escape(text: string): string {
  return text.replaceAll("|", "\\|");
}

it("RULES.md matches the rule registry", () => {
  const path = fileURLToPath(new URL("../RULES.md", import.meta.url));
  const expected = render();
  if (process.env.UPDATE_RULES_MD) writeFileSync(path, expected);
  expect(readFileSync(path, "utf8")).toBe(expected);
});
