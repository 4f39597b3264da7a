// Shared vitest settings for every workspace package.
// Each package's vitest.config.ts calls `defineTandemTestConfig(import.meta.url)`.
// Two projects split the tests by kind, by file name (langchainjs' convention):
//   unit — `*.test.ts`: in-process, no child process, no listening socket, no Chroma, no browser;
//   int  — `*.int.test.ts`: spawns processes (the CLI, `tandem serve`, Chroma, tsx examples), starts servers (the
//          loopback OpenAI-compatible upstream included) or drives a browser.
// `npm test` runs both; `npm run test:unit` / `npm run test:int` (root or package) run one (`vitest run --project unit`).
// `apps/reference/test/test-kinds.test.ts` fails when a test that spawns or serves is not named `.int`.
// Besides the console reporter, results are written as JSON to `.test-results/<package>.json` at the repository
// root, which `.ci/count-results.mjs` sums into its closing "N passed, M failed, K skipped" line.
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = dirname(fileURLToPath(import.meta.url));
const testFiles = ["src/**/*.test.ts", "test/**/*.test.ts"];
const integrationFiles = ["src/**/*.int.test.ts", "test/**/*.int.test.ts"];
const neverTests = ["**/*.test-helper.ts", "**/node_modules/**"];

export function defineTandemTestConfig(configUrl: string, overrides: { testTimeout?: number; hookTimeout?: number } = {}) {
  const packageDir = dirname(fileURLToPath(configUrl));
  const reportName = `${basename(dirname(packageDir))}-${basename(packageDir)}`;
  return defineConfig({
    test: {
      testTimeout: overrides.testTimeout ?? 30_000,
      hookTimeout: overrides.hookTimeout ?? 60_000,
      reporters: ["default", "json"],
      outputFile: { json: join(resolve(root, ".test-results"), `${reportName}.json`) },
      pool: "forks",
      projects: [
        { extends: true, test: { name: "unit", include: testFiles, exclude: [...neverTests, "**/*.int.test.ts"] } },
        { extends: true, test: { name: "int", include: integrationFiles, exclude: neverTests } },
      ],
    },
  });
}
