// Runs the README's example as a user would (tsx), so the documentation cannot rot.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

it("examples/errors-and-jsonl.ts runs", () => {
  const example = fileURLToPath(new URL("../examples/errors-and-jsonl.ts", import.meta.url));
  const output = execFileSync(process.execPath, ["--import", "tsx", example], { encoding: "utf8", env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } });
  expect(output.trim().length).toBeGreaterThan(0);
  process.stdout.write(output);
});
