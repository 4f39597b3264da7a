// Runs the README's example as a user would (tsx), so the documentation cannot rot.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

it("examples/ingest-and-ask.ts runs", () => {
  const example = fileURLToPath(new URL("../examples/ingest-and-ask.ts", import.meta.url));
  const output = execFileSync(process.execPath, ["--import", "tsx", example], { encoding: "utf8", env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } });
  expect(output.trim().length).toBeGreaterThan(0);
  process.stdout.write(output);
});

it("examples/hybrid-search.ts runs and finds the stall note first", () => {
  const example = fileURLToPath(new URL("../examples/hybrid-search.ts", import.meta.url));
  const output = execFileSync(process.execPath, ["--import", "tsx", example], { encoding: "utf8", env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } });
  expect(output.split("\n")[0]).toMatch(/^notes\/0\.txt 1\.00 \{"fused":/);
  process.stdout.write(output);
});
