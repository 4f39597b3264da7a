import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { describe, expect, it } from "vitest";
import { findConfigFile, loadConfig, parseConfig } from "./load-config";

function catchError(run: () => unknown): TandemError {
  try {
    run();
  } catch (error) {
    if (TandemError.isInstance(error)) return error;
    throw error;
  }
  throw new Error("expected an error");
}

describe("config", () => {
  it("accepts the minimal config, defaults the rest and resolves paths beside the file", () => {
    const config = parseConfig("rag:\n  sources: [./corpus]\ntuned:\n  trainingData: ./train.jsonl\n", "/srv/app/tandem.config.yaml", {});
    expect(config.rag?.sources).toEqual(["/srv/app/corpus"]);
    expect(config.tuned?.trainingData).toBe("/srv/app/train.jsonl");
    expect(config.stateDir).toBe("/srv/app/.tandem");
    expect(config.router.defaultRoute).toBe("rag");
    expect(config.router.coverage.threshold).toBe("auto");
    expect(config.server.port).toBe(8787);
    expect(config.models.provider).toBe("auto");
  });

  it("works with only rag or only tuned, and takes CHROMA_URL from the environment", () => {
    expect(parseConfig("rag:\n  sources: [docs]\n", "/a/t.yaml", {}).tuned).toBeUndefined();
    expect(parseConfig("tuned:\n  trainingData: t.jsonl\n", "/a/t.yaml", {}).rag).toBeUndefined();
    expect(parseConfig("rag:\n  sources: [docs]\n", "/a/t.yaml", { CHROMA_URL: "http://db:8000" }).chroma.url).toBe("http://db:8000");
  });

  it("takes source specs beside plain paths, user metadata, token chunk sizes and hybrid settings", () => {
    const config = parseConfig(
      [
        "rag:",
        "  sources:",
        "    - ./docs",
        "    - path: data/faq.jsonl",
        "      textFields: [q, a]",
        "      metadataFields: [team]",
        "      metadata: {visibility: public}",
        "  metadata: {team: docs, year: 2026}",
        "  hybrid: {lexicalWeight: 0.5}",
      ].join("\n"),
      "/srv/app/tandem.config.yaml",
      {},
    );
    expect(config.rag?.sources).toEqual(["/srv/app/docs", { path: "/srv/app/data/faq.jsonl", textFields: ["q", "a"], metadataFields: ["team"], metadata: { visibility: "public" } }]);
    expect(config.rag?.metadata).toEqual({ team: "docs", year: 2026 });
    expect(config.rag).toMatchObject({ chunkSize: 256, chunkOverlap: 32, hybrid: { fusion: "guarded", lexicalWeight: 0.5, rrfK: 60, collapseDuplicates: true, titleWeight: 2 } });
    // The default search's stages are on unless switched off; denseWeight has no default here (it depends on the fusion).
    expect(config.rag?.hybrid.feedback).toEqual({ documents: 10, terms: 10, originalWeight: 0.5, firstPassWeight: 0.5, guard: true });
    expect(config.rag?.hybrid.hop).toEqual({ linkers: 5, weight: 0.5, maxSources: 3 });
    expect(config.rag?.hybrid.denseWeight).toBeUndefined();
    const off = parseConfig("rag:\n  sources: [docs]\n  hybrid: {hop: false, feedback: false, fusion: rrf}\n", "/a/t.yaml", {});
    expect(off.rag?.hybrid).toMatchObject({ hop: false, feedback: false, fusion: "rrf" });
    const reserved = catchError(() => parseConfig("rag:\n  sources: [docs]\n  metadata: {source: x}\n", "/a/t.yaml", {}));
    expect(reserved.message).toMatch(/rag\.metadata\.source: "source" is set by Tandem/);
    expect(reserved.line).toBe(3);
    const unknown = catchError(() => parseConfig("rag:\n  sources:\n    - path: docs\n      textField: body\n", "/a/t.yaml", {}));
    expect(unknown.message).toMatch(/textField/);
  });

  it("rejects a wrong type with the key path and the line", () => {
    const error = catchError(() =>
      parseConfig("rag:\n  sources: [docs]\n  k: lots\nrouter:\n  defaultRoute: maybe\n", "/a/tandem.config.yaml", {}),
    );
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.file).toBe("/a/tandem.config.yaml");
    expect(error.path).toBe("rag.k");
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/line 3, rag\.k: .*number/i);
    expect(error.message).toMatch(/line 5, router\.defaultRoute: .*"tuned"/);
  });

  it("rejects unknown keys (typos) naming them and their line", () => {
    const error = catchError(() => parseConfig("rag:\n  sources: [docs]\n  sourcez: [x]\n", "/a/t.yaml", {}));
    expect(error.message).toMatch(/line 3, rag: .*sourcez/);
  });

  it("rejects an empty config and invalid YAML", () => {
    expect(catchError(() => parseConfig("{}\n", "/a/t.yaml", {})).message).toMatch(/at least one of `rag`/);
    const yaml = catchError(() => parseConfig("rag:\n  sources: [docs\n", "/a/t.yaml", {}));
    expect(yaml.message).toMatch(/not valid YAML/);
    expect(yaml.line).toBeGreaterThan(0);
  });

  it("finds tandem.config.yaml in the working directory, or says how to fix it", () => {
    const directory = mkdtempSync(join(tmpdir(), "tandem-config-"));
    expect(catchError(() => findConfigFile(undefined, directory)).code).toBe("CONFIG_NOT_FOUND");
    writeFileSync(join(directory, "tandem.config.yaml"), "tuned:\n  trainingData: t.jsonl\n");
    const file = findConfigFile(undefined, directory);
    expect(loadConfig(file, {}).directory).toBe(directory);
    expect(catchError(() => findConfigFile("nope.yaml", directory)).message).toMatch(/nope\.yaml/);
  });
});
