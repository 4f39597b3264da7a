// Sums the vitest JSON reports in .test-results/ into one line: "N passed, M failed".
// A workspace package whose report is missing (its test run crashed before reporting) counts as one failure.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const resultsDir = join(root, ".test-results");
const workspaces = ["packages", "apps"].flatMap((folder) =>
  readdirSync(join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, folder, entry.name, "vitest.config.ts")))
    .map((entry) => `${folder}-${entry.name}`),
);

let passed = 0;
let failed = 0;
for (const name of workspaces) {
  const file = join(resultsDir, `${name}.json`);
  if (!existsSync(file)) {
    console.error(`no test report for ${name} (its test run did not finish): counted as 1 failure`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  // A test file that failed to load has no test results of its own: count it.
  for (const suite of report.testResults ?? []) {
    if (suite.status === "failed" && (suite.assertionResults ?? []).length === 0) {
      console.error(`test file failed to run: ${basename(suite.name)} — ${String(suite.message ?? "").split("\n")[0]}`);
      failed += 1;
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
