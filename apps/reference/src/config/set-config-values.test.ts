import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseConfig } from "./load-config";
import { setConfigValues } from "./set-config-values";

describe("setConfigValues (the one writer of tandem.config.yaml)", () => {
  it("sets keys in place, keeping comments and the rest, returns the previous values, leaves no temporary file", () => {
    const directory = mkdtempSync(join(tmpdir(), "tandem-config-write-"));
    const file = join(directory, "tandem.config.yaml");
    writeFileSync(file, "# Kestrel\nrag:\n  sources: [./corpus] # the docs\nmodels:\n  tuned: ft:old\n");
    const previous = setConfigValues(file, [
      { path: ["models", "tuned"], value: "ft:new" },
      { path: ["router", "budget"], value: { route: "both", maxShare: 0.3 } },
    ]);
    expect(previous).toEqual(["ft:old", undefined]);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("# Kestrel\n");
    expect(text).toMatch(/sources: \[ ?\.\/corpus ?\] # the docs/);
    const config = parseConfig(text, file, {});
    expect(config.models.tuned).toBe("ft:new");
    expect(config.router.budget).toMatchObject({ route: "both", maxShare: 0.3 });
    expect(readdirSync(directory)).toEqual(["tandem.config.yaml"]);
  });
});
