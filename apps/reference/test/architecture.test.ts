// Keeps the package graph the one the architecture page draws, and the code free of import cycles:
// - no import cycle anywhere in packages/ and apps/ (source, tests, examples, benches; type-only imports count too);
// - dependencies point one way: core ← text ← models ← (retrieval, finetune) ← app, and the router needs only core
//   and text (models reach it as Runnables);
// - a package imports another only through its declared dependencies and its `exports` (no `…/src/…` deep imports),
//   and its own source never imports itself by name;
// - each package's root index.ts is its supported surface and fits one screen; its subpaths are files that exist.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import madge from "madge";
import { describe, expect, it } from "vitest";
import { repositoryDir } from "./helpers";

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  exports?: Record<string, { types: string; default: string }>;
}

const workspaces = ["packages", "apps"].flatMap((folder) =>
  readdirSync(join(repositoryDir, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(repositoryDir, folder, entry.name, "package.json")))
    .map((entry) => {
      const directory = join(repositoryDir, folder, entry.name);
      return { directory, manifest: JSON.parse(readFileSync(join(directory, "package.json"), "utf8")) as Manifest };
    }),
);

/** The Tandem packages each one may depend on at run time (devDependencies may add @tandem/testing, and models for tests). */
const allowed: Record<string, readonly string[]> = {
  "@tandem/core": [],
  "@tandem/text": ["@tandem/core"],
  "@tandem/models": ["@tandem/core", "@tandem/text"],
  "@tandem/retrieval": ["@tandem/core", "@tandem/text", "@tandem/models"],
  "@tandem/finetune": ["@tandem/core", "@tandem/text", "@tandem/models"],
  "@tandem/router": ["@tandem/core", "@tandem/text"],
  "@tandem/testing": ["@tandem/core"],
  "@tandem/reference": ["@tandem/core", "@tandem/text", "@tandem/models", "@tandem/retrieval", "@tandem/finetune", "@tandem/router"],
};

function sourceFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") && !entry.parentPath.includes("node_modules"))
    .map((entry) => join(entry.parentPath, entry.name));
}

const importPattern = /(?:from|import\()\s*"(@tandem\/[^"]+)"/g;

describe("architecture", () => {
  it("has no import cycle", async () => {
    const roots = workspaces.flatMap(({ directory }) => ["src", "test", "examples", "bench"].map((folder) => join(directory, folder)).filter(existsSync));
    const graph = await madge(roots, { baseDir: repositoryDir, fileExtensions: ["ts"], tsConfig: join(repositoryDir, "tsconfig.base.json"), excludeRegExp: [/node_modules/] });
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(400);
    expect(graph.circular().map((cycle) => cycle.join(" → ")), "import cycles").toEqual([]);
  }, 120_000);

  it("points every dependency one way", () => {
    for (const { manifest } of workspaces) {
      const tandem = Object.keys(manifest.dependencies ?? {}).filter((name) => name.startsWith("@tandem/"));
      expect(allowed[manifest.name], `${manifest.name} is missing from the allowed graph`).toBeDefined();
      expect(tandem.filter((name) => !allowed[manifest.name]?.includes(name)), `${manifest.name} must not depend on`).toEqual([]);
    }
    // The router tokenises with @tandem/text: no model package (TF.js, @langchain/openai) at run time.
    const router = workspaces.find(({ manifest }) => manifest.name === "@tandem/router")?.manifest;
    expect(Object.keys(router?.dependencies ?? {}).sort()).toEqual(["@langchain/core", "@tandem/core", "@tandem/text", "zod"]);
  });

  it("imports other packages only through their declared dependencies and exports", () => {
    const problems: string[] = [];
    for (const { directory, manifest } of workspaces) {
      const declared = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
      const runtime = new Set(Object.keys(manifest.dependencies ?? {}));
      for (const file of [...sourceFiles(join(directory, "src")), ...sourceFiles(join(directory, "test")), ...sourceFiles(join(directory, "examples")), ...sourceFiles(join(directory, "bench"))]) {
        const inTest = /\.test(-helper)?\.ts$|\/test\//.test(file);
        for (const [, specifier = ""] of readFileSync(file, "utf8").matchAll(importPattern)) {
          const [scope, name, ...subpath] = specifier.split("/");
          const packageName = `${scope}/${name}`;
          if (packageName === manifest.name) {
            // Tests and examples may use their package's public surface by name; its source may not (a cycle through index.ts).
            if (!inTest && !file.includes("/examples/")) problems.push(`${relative(repositoryDir, file)} imports its own package by name (${specifier}): use a relative import`);
            continue;
          }
          const target = workspaces.find((workspace) => workspace.manifest.name === packageName)?.manifest;
          if (!(inTest ? declared : runtime).has(packageName) && !file.includes("/examples/")) problems.push(`${relative(repositoryDir, file)} imports ${specifier}, not a declared dependency of ${manifest.name}`);
          if (!target?.exports?.[subpath.length > 0 ? `./${subpath.join("/")}` : "."]) problems.push(`${relative(repositoryDir, file)} imports ${specifier}, which ${packageName} does not export`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps each package's root index to one screen, and its subpaths real", () => {
    for (const { directory, manifest } of workspaces.filter(({ directory }) => directory.includes("/packages/"))) {
      for (const [subpath, entry] of Object.entries(manifest.exports ?? {})) {
        expect(existsSync(join(directory, entry.default)), `${manifest.name} ${subpath} → ${entry.default}`).toBe(true);
      }
      // @tandem/retrieval's public API is slimmed in phase 3 of issue 13 (after the records and lexical index move to Chroma).
      if (manifest.name === "@tandem/retrieval") continue;
      const lines = readFileSync(join(directory, "src/index.ts"), "utf8").trimEnd().split("\n").length;
      expect(lines, `${manifest.name}'s src/index.ts`).toBeLessThanOrEqual(45);
    }
  });
});
