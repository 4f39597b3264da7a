// CI's closing line (.ci/count-results.mjs), run as CI runs it on vitest JSON reports written here: it counts
// skipped tests, and in CI a skipped browser test (or none at all) is a failure.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryDir } from "./helpers";

type Status = "passed" | "failed" | "skipped";
const assertion = (title: string, status: Status, ancestors: string[] = []) => ({ ancestorTitles: ancestors, title, fullName: [...ancestors, title].join(" "), status });

/** One report per workspace package, as vitest's JSON reporter writes it; `extra` goes into the app's report. */
function writeReports(extra: ReturnType<typeof assertion>[]): string {
  const directory = mkdtempSync(join(tmpdir(), "tandem-results-"));
  const names = ["packages", "apps"].flatMap((folder) => readdirSync(join(repositoryDir, folder)).map((name) => `${folder}-${name}`));
  mkdirSync(directory, { recursive: true });
  for (const name of names) {
    const assertions = [assertion("works", "passed"), ...(name === "apps-reference" ? extra : [])];
    const count = (status: Status) => assertions.filter((entry) => entry.status === status).length;
    writeFileSync(
      join(directory, `${name}.json`),
      JSON.stringify({ numPassedTests: count("passed"), numFailedTests: count("failed"), numPendingTests: count("skipped"), numTodoTests: 0, testResults: [{ name: `/x/${name}.test.ts`, status: "passed", assertionResults: assertions }] }),
    );
  }
  return directory;
}

function count(resultsDir: string, ci: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(repositoryDir, ".ci/count-results.mjs")], { env: { ...process.env, TEST_RESULTS_DIR: resultsDir, CI: ci } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe(".ci/count-results.mjs", () => {
  const packages = ["packages", "apps"].flatMap((folder) => readdirSync(join(repositoryDir, folder))).length;

  it("ends with 'N passed, M failed, K skipped', counting skipped tests", async () => {
    const reports = writeReports([assertion("asks in a page", "passed", ["web UI in a real browser"]), assertion("later", "skipped")]);
    const result = await count(reports, "1");
    expect(result.stdout.trim()).toBe(`${packages + 1} passed, 0 failed, 1 skipped`);
    expect(result.code).toBe(0);
  });

  it("in CI, a skipped browser test is a failure; outside CI it is only skipped", async () => {
    const reports = writeReports([assertion("asks in a page", "skipped", ["web UI in a real browser (Debian chromium)"])]);
    const inCi = await count(reports, "1");
    expect(inCi.code).toBe(1);
    expect(inCi.stdout.trim()).toBe(`${packages} passed, 1 failed, 0 skipped`);
    expect(inCi.stderr).toContain("browser test(s) skipped in CI");
    const local = await count(reports, "");
    expect(local.code).toBe(0);
    expect(local.stdout.trim()).toBe(`${packages} passed, 0 failed, 1 skipped`);
  });

  it("in CI, no browser test at all is a failure", async () => {
    const result = await count(writeReports([]), "1");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("no browser test ran in CI");
  });
});
