// Runs the README's example as a user would (tsx), so the documentation cannot rot.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

function runExample(name: string): string {
  const example = fileURLToPath(new URL(`../examples/${name}`, import.meta.url));
  const output = execFileSync(process.execPath, ["--import", "tsx", example], { encoding: "utf8", env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } });
  process.stdout.write(output);
  return output;
}

it("examples/offline-models.ts runs", () => {
  expect(runExample("offline-models.ts").trim().length).toBeGreaterThan(0);
});

it("examples/lsa-embeddings.ts runs and shows co-occurrence similarity", () => {
  const output = runExample("lsa-embeddings.ts");
  expect(output).toMatch(/^local-lsa-2-[0-9a-f]{12}-v1 \d+ terms$/m);
  const [, near, far] = output.match(/aircraft~airplane (-?[\d.]+), aircraft~banana (-?[\d.]+)/) ?? [];
  expect(Number(near)).toBeGreaterThan(Number(far) + 0.5);
});

it("examples/neural-embeddings.ts runs and ranks the paraphrase above the off-topic text", () => {
  const output = runExample("neural-embeddings.ts");
  expect(output).toMatch(/^use-lite-512-v1 512$/m);
  const [, near, far] = output.match(/query~paraphrase (-?[\d.]+), query~off-topic (-?[\d.]+)/) ?? [];
  expect(Number(near)).toBeGreaterThan(Number(far) + 0.2);
});
