import { describe, expect, it } from "vitest";
import { collectionName } from "./collection-name";

describe("collectionName", () => {
  it("joins base and embedder into a valid Chroma name", () => {
    expect(collectionName("tandem", "local-hash-512-v1")).toBe("tandem-local-hash-512-v1");
    expect(collectionName("my docs!", "openai/text-embedding-3-small")).toBe("my-docs-openai-text-embedding-3-small");
    for (const name of [collectionName("-", "_"), collectionName("a".repeat(600), "e")]) {
      expect(name).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9._-]{1,510}[a-zA-Z0-9]$/);
    }
  });
});
