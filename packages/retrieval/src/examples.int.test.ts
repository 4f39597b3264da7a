// Runs the README's examples as a user would (tsx), so the documentation cannot rot.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const run = (name: string) =>
  execFileSync(process.execPath, ["--import", "tsx", fileURLToPath(new URL(`../examples/${name}`, import.meta.url))], {
    encoding: "utf8",
    env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "", CHROMA_URL: "" },
  });

it("examples/ingest-and-ask.ts runs", () => {
  const output = run("ingest-and-ask.ts");
  expect(output).toContain("docs/backups.md");
  process.stdout.write(output);
});

it("examples/hybrid-filters.ts runs", () => {
  const output = run("hybrid-filters.ts");
  expect(output).toContain("added 3, chunks 4, failed 0");
  expect(output).toMatch(/faq\.jsonl 1 \{/);
  process.stdout.write(output);
});

it("examples/hybrid-search.ts runs and finds the stall note first", () => {
  const example = fileURLToPath(new URL("../examples/hybrid-search.ts", import.meta.url));
  const output = execFileSync(process.execPath, ["--import", "tsx", example], { encoding: "utf8", env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } });
  expect(output.split("\n")[0]).toMatch(/^notes\/0\.txt 1\.00 \{"fused":/);
  process.stdout.write(output);
});
