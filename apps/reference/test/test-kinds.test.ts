// Keeps the unit / integration split honest: a test file that spawns a process, starts a server (the loopback
// OpenAI-compatible upstream, the HTTP server, Chroma) or drives a browser must be named `*.int.test.ts`, so that
// `npm run test:unit` (vitest's `unit` project) never needs any of them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { repositoryDir } from "./helpers";

/** What an integration test does, as it reads in the source. */
const integrationMarks: readonly [string, RegExp][] = [
  ["a child process", /from "node:child_process"|\brunCli\(|\bspawnServe\(/],
  ["the loopback upstream (a server)", /\bstartOpenAIUpstream\(/],
  ["an HTTP server on a port", /\bstartHttpServer\(|\bcreateServer\(|\.listen\(/],
  ["Chroma", /\bensureChroma\(|\bstartChromaServer\(|real-chroma\.test-helper/],
  ["a browser", /\blaunchChromium\(|playwright/],
];

function testFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".test.ts") && !entry.parentPath.includes("node_modules"))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("test kinds", () => {
  const workspaces = ["packages", "apps"].flatMap((folder) =>
    readdirSync(join(repositoryDir, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(repositoryDir, folder, entry.name)),
  );
  const files = workspaces.flatMap((workspace) => [...testFiles(join(workspace, "src")), ...testFiles(join(workspace, "test"))]);

  it("finds the tests of every workspace", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((file) => file.endsWith(".int.test.ts"))).toBe(true);
  });

  it("names every test that spawns, serves or browses *.int.test.ts", () => {
    const misnamed = files
      .filter((file) => !file.endsWith(".int.test.ts") && file !== fileURLToPath(import.meta.url))
      .flatMap((file) => {
        const source = readFileSync(file, "utf8");
        const found = integrationMarks.filter(([, pattern]) => pattern.test(source)).map(([what]) => what);
        return found.length > 0 ? [`${relative(repositoryDir, file)} (${found.join(", ")})`] : [];
      });
    expect(misnamed, "rename these to *.int.test.ts").toEqual([]);
  });
});
