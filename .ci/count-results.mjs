// Sums the vitest JSON reports in .test-results/ into one closing line: "N passed, M failed, K skipped".
// A workspace package whose report is missing (its test run crashed before reporting) counts as one failure.
// In CI (CI set), the browser tests must run: a browser test that was skipped (no Debian chromium), or no browser
// test at all, counts as a failure. A browser test is one whose describe or test name says "browser".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
// TEST_RESULTS_DIR: read the reports from elsewhere (the test of this script does).
const resultsDir = process.env.TEST_RESULTS_DIR ?? join(root, ".test-results");
const workspaces = ["packages", "apps"].flatMap((folder) =>
  readdirSync(join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, folder, entry.name, "vitest.config.ts")))
    .map((entry) => `${folder}-${entry.name}`),
);
const inCi = Boolean(process.env.CI) && process.env.CI !== "false" && process.env.CI !== "0";
const isBrowserTest = (assertion) => /\bbrowser\b/i.test([...(assertion.ancestorTitles ?? []), assertion.title ?? ""].join(" "));

let passed = 0;
let failed = 0;
let skipped = 0;
let browserRan = 0;
const browserSkipped = [];
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
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const suite of report.testResults ?? []) {
    // A test file that failed to load has no test results of its own: count it.
    if (suite.status === "failed" && (suite.assertionResults ?? []).length === 0) {
      console.error(`test file failed to run: ${basename(suite.name)} — ${String(suite.message ?? "").split("\n")[0]}`);
      failed += 1;
    }
    for (const assertion of suite.assertionResults ?? []) {
      if (!isBrowserTest(assertion)) continue;
      if (assertion.status === "passed" || assertion.status === "failed") browserRan += 1;
      else browserSkipped.push(`${basename(suite.name)}: ${assertion.fullName ?? assertion.title}`);
    }
  }
}
if (inCi && browserSkipped.length > 0) {
  console.error(`${browserSkipped.length} browser test(s) skipped in CI (is Debian chromium installed?): counted as failures\n  ${browserSkipped.join("\n  ")}`);
  failed += browserSkipped.length;
  skipped -= browserSkipped.length;
}
if (inCi && browserRan === 0 && browserSkipped.length === 0) {
  console.error("no browser test ran in CI: counted as 1 failure");
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
