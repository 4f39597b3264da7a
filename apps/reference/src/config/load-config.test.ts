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
    expect(config.rag?.hybrid.hop).toEqual({ linkers: 5, weight: 0.2, maxSources: 3 });
    expect(config.rag?.hybrid.denseWeight).toBeUndefined();
    const off = parseConfig("rag:\n  sources: [docs]\n  hybrid: {hop: false, feedback: false, fusion: rrf}\n", "/a/t.yaml", {});
    expect(off.rag?.hybrid).toMatchObject({ hop: false, feedback: false, fusion: "rrf" });
    const reserved = catchError(() => parseConfig("rag:\n  sources: [docs]\n  metadata: {source: x}\n", "/a/t.yaml", {}));
    expect(reserved.path).toBe("rag.metadata.source");
    expect(reserved.message).toMatch(/^"source" is set by Tandem/);
    expect(reserved.line).toBe(3);
    const unknown = catchError(() => parseConfig("rag:\n  sources:\n    - path: docs\n      textField: body\n", "/a/t.yaml", {}));
    expect(unknown.path).toBe("rag.sources[0].textField");
    expect(unknown.message).toBe('unknown key — did you mean "textFields"?');
  });

  it("rejects a wrong type with the key path and the line", () => {
    const error = catchError(() =>
      parseConfig("rag:\n  sources: [docs]\n  k: lots\nrouter:\n  defaultRoute: maybe\n", "/a/tandem.config.yaml", {}),
    );
    expect(error.code).toBe("CONFIG_INVALID");
    expect(error.file).toBe("/a/tandem.config.yaml");
    expect(error.path).toBe("rag.k");
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^Invalid input: expected number/);
    expect(error.message).toMatch(/1 more problem:\n  line 5, router\.defaultRoute: .*"tuned"/);
    expect(error.format()).toMatch(/^\/a\/tandem\.config\.yaml:3 rag\.k: Invalid input: expected number/);
  });

  it("rejects an unknown key at the line of the key itself, naming it once, with the nearest known key", () => {
    const error = catchError(() => parseConfig("rag:\n  sources: [docs]\n  sourcez: [x]\n", "/a/t.yaml", {}));
    expect(error).toMatchObject({ code: "CONFIG_INVALID", line: 3, path: "rag.sourcez", message: 'unknown key — did you mean "sources"?' });
    expect(error.format().split("\n")[0]).toBe('/a/t.yaml:3 rag.sourcez: unknown key — did you mean "sources"?');
    expect(error.format().match(/sourcez/g)).toHaveLength(1);
  });

  it("is strict under router: mistyped keys are rejected, not ignored (a block key at its own line, not the next)", () => {
    const text = ["tuned:", "  trainingData: t.jsonl", "router:", "  defualtRoute: tuned", "  polcy:", "    mode: thresholds", "  coverage: {treshold: 0.3}"].join("\n");
    const error = catchError(() => parseConfig(text, "/a/t.yaml", {}));
    expect(error).toMatchObject({ line: 4, path: "router.defualtRoute", message: expect.stringMatching(/^unknown key — did you mean "defaultRoute"\?/) });
    expect(error.message).toContain('\n  line 5, router.polcy: unknown key — did you mean "policy"?');
    expect(error.message).toContain('\n  line 7, router.coverage.treshold: unknown key — did you mean "threshold"?');
    const rule = catchError(() => parseConfig("tuned:\n  trainingData: t.jsonl\nrouter:\n  rules:\n    - {name: a, route: tuned, keywords: [x], patern: y}\n", "/a/t.yaml", {}));
    expect(rule).toMatchObject({ line: 5, path: "router.rules[0].patern", message: 'unknown key — did you mean "pattern"?' });
  });

  it("lists the known keys when no key is near, and reaches keys inside unions (rag.hybrid.feedback)", () => {
    const far = catchError(() => parseConfig("tuned:\n  trainingData: t.jsonl\nrouter:\n  zzzz: 1\n", "/a/t.yaml", {}));
    expect(far.message).toMatch(/^unknown key \(known here: defaultRoute, rules, policy, /);
    const nested = catchError(() => parseConfig("rag:\n  sources: [docs]\n  hybrid:\n    feedback:\n      documnts: 3\n", "/a/t.yaml", {}));
    expect(nested).toMatchObject({ line: 5, path: "rag.hybrid.feedback.documnts", message: 'unknown key — did you mean "documents"?' });
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
