// Runs every README example as a user would (tsx), so the documentation cannot rot.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const directory = fileURLToPath(new URL("../examples/", import.meta.url));

/** What an example's output must show, beyond not failing and printing something. */
const expected: Record<string, RegExp[]> = {
  "fine-tuning-job.ts": [/succeeded: ft:gpt-4o-mini-2024-07-18:tandem:kestrel:/],
  "raft-examples.ts": [/<ANSWER>: /],
  "synthetic-qa.ts": [/second run: 0 generated, 2 reused/],
  "prepare-and-export.ts": [/read 140: kept \d+, dropped \d+/, /exported to .*train\.llama-factory-sharegpt\.jsonl; sidecars: .*dataset_info\.json/],
};

for (const name of readdirSync(directory).filter((file) => file.endsWith(".ts"))) {
  it(`examples/${name} runs`, () => {
    const output = execFileSync(process.execPath, ["--import", "tsx", `${directory}${name}`], { encoding: "utf8", env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } });
    expect(output.trim().length).toBeGreaterThan(0);
    for (const pattern of expected[name] ?? []) expect(output).toMatch(pattern);
    process.stdout.write(output);
  });
}
