// Runs the README's example as a user would (tsx), so the documentation cannot rot.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

it("examples/analyze-and-split.ts runs", () => {
  const example = fileURLToPath(new URL("../examples/analyze-and-split.ts", import.meta.url));
  const output = execFileSync(process.execPath, ["--import", "tsx", example], { encoding: "utf8" });
  expect(output).toContain("'eu-west-1'");
  expect(output).toMatch(/^0 26 "Egress costs \$0\.09 per GB\."$/m);
  expect(output).toContain('nearest prompt: "Triage this ticket: the dashboard is blank"');
  process.stdout.write(output);
});
