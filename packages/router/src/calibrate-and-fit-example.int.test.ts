// Runs examples/calibrate-and-fit.ts as a user would (tsx), so the README's example cannot rot.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

it("examples/calibrate-and-fit.ts runs", () => {
  const example = fileURLToPath(new URL("../examples/calibrate-and-fit.ts", import.meta.url));
  const output = execFileSync(process.execPath, ["--import", "tsx", example], { encoding: "utf8", env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } });
  expect(output).toMatch(/^budget: at most 10% to both, threshold \d\.\d{3} \(calibrated on \d+ synthetic queries\)/);
  expect(output).toMatch(/3-fold cross-validation on 9 labelled queries:\naccuracy \d+\.\d% on 9 queries/);
  process.stdout.write(output);
});
