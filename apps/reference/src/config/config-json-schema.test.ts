import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Validator } from "@cfworker/json-schema";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { configJsonSchema, configJsonSchemaText, configSchemaFileName } from "./config-json-schema";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const validator = () => new Validator(configJsonSchema() as ConstructorParameters<typeof Validator>[0], "2020-12", false);

describe("the config's JSON Schema", () => {
  it("is committed and up to date (regenerate with `npm run config-schema`)", () => {
    expect(readFileSync(join(root, configSchemaFileName), "utf8")).toBe(configJsonSchemaText());
  });

  it("the sample config points editors at it", () => {
    expect(readFileSync(join(root, "tandem.config.yaml"), "utf8").split("\n")[0]).toBe(`# yaml-language-server: $schema=./${configSchemaFileName}`);
  });

  it("accepts the sample config and a full router section, and rejects what the loader rejects", () => {
    const check = (value: unknown) => validator().validate(value);
    expect(check(parse(readFileSync(join(root, "tandem.config.yaml"), "utf8"))).valid).toBe(true);
    const full = {
      rag: { sources: ["./docs"] },
      router: {
        defaultRoute: "both",
        rules: [{ name: "fresh", route: "rag", keywords: ["latest"] }],
        both: { strategy: "cascade", minGroundedness: 0.6, hedges: ["contact support"] },
        fallback: { failures: 5, coolDownMs: 10_000 },
        conversation: { condense: "llm", followUpMargin: 0.4 },
      },
    };
    expect(check(full).valid).toBe(true);
    expect(check({ ...full, router: { both: { strategy: "sideways" } } }).valid).toBe(false);
    expect(check({ rag: { sources: ["./docs"], sourcez: [] } }).valid).toBe(false);
    expect(check({ rag: { sources: [] } }).valid).toBe(false);
    expect(check({ router: { conversation: { switchMargin: 2 } } }).valid).toBe(false);
  });

  it("documents every key with its default", () => {
    type Node = { description?: string; default?: unknown; properties?: Record<string, Node> };
    const router = (configJsonSchema().properties as Record<string, Node>).router as Node & { properties: Record<string, Node> };
    expect(router.properties.both?.properties?.strategy).toMatchObject({ default: "rag-on-tuned" });
    expect(router.properties.both?.properties?.strategy?.description).toMatch(/parallel-fuse/);
    expect(router.properties.conversation?.description).toMatch(/Multi-turn/);
  });
});
