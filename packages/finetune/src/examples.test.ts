// Runs every README example as a user would (tsx), so the documentation cannot rot.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const directory = fileURLToPath(new URL("../examples/", import.meta.url));

for (const name of readdirSync(directory).filter((file) => file.endsWith(".ts"))) {
  it(`examples/${name} runs`, () => {
    const output = execFileSync(process.execPath, ["--import", "tsx", `${directory}${name}`], { encoding: "utf8", env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } });
    expect(output.trim().length).toBeGreaterThan(0);
    process.stdout.write(output);
  });
}
