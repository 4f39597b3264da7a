// Runs the README's example as a user would (tsx), so the documentation cannot rot.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

it("examples/load-training-data.ts runs", () => {
  const example = fileURLToPath(new URL("../examples/load-training-data.ts", import.meta.url));
  const output = execFileSync(process.execPath, ["--import", "tsx", example], { encoding: "utf8", env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } });
  expect(output.trim().length).toBeGreaterThan(0);
  process.stdout.write(output);
});

for (const name of ["fine-tuning-job", "raft-examples", "synthetic-qa"]) {
  it(`examples/${name}.ts runs`, () => {
    const example = fileURLToPath(new URL(`../examples/${name}.ts`, import.meta.url));
    const output = execFileSync(process.execPath, ["--import", "tsx", example], { encoding: "utf8", env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } });
    expect(output).toMatch(name === "fine-tuning-job" ? /succeeded: ft:gpt-4o-mini-2024-07-18:tandem:kestrel:/ : name === "raft-examples" ? /<ANSWER>: / : /second run: 0 generated, 2 reused/);
    process.stdout.write(output);
  });
}
it("examples/prepare-and-export.ts runs", () => {
  const example = fileURLToPath(new URL("../examples/prepare-and-export.ts", import.meta.url));
  const output = execFileSync(process.execPath, ["--import", "tsx", example], { encoding: "utf8", env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } });
  expect(output).toMatch(/read 140: kept \d+, dropped \d+/);
  expect(output).toMatch(/exported to .*train\.llama-factory-sharegpt\.jsonl; sidecars: .*dataset_info\.json/);
  process.stdout.write(output);
});
