// Shared vitest settings for every workspace package.
// Each package's vitest.config.ts calls `defineTandemTestConfig(import.meta.url)`.
// Besides the console reporter, results are written as JSON to `.test-results/<package>.json`
// at the repository root, which `.ci/run` sums into its final "N passed, M failed" line.
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = dirname(fileURLToPath(import.meta.url));

export function defineTandemTestConfig(configUrl: string, overrides: { testTimeout?: number; hookTimeout?: number } = {}) {
  const packageDir = dirname(fileURLToPath(configUrl));
  const reportName = `${basename(dirname(packageDir))}-${basename(packageDir)}`;
  return defineConfig({
    test: {
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      exclude: ["**/*.test-helper.ts", "**/node_modules/**"],
      testTimeout: overrides.testTimeout ?? 30_000,
      hookTimeout: overrides.hookTimeout ?? 60_000,
      reporters: ["default", "json"],
      outputFile: { json: join(resolve(root, ".test-results"), `${reportName}.json`) },
      pool: "forks",
    },
  });
}
