import { describe, expect, it } from "vitest";
import { TandemError, toTandemError } from "./errors";
import { toJsonPointer, toKeyPath } from "./issues";

describe("TandemError", () => {
  it("is recognised across copies by its symbol marker, not by instanceof", () => {
    const error = new TandemError({ code: "CONFIG_INVALID", message: "bad", file: "a.yaml", line: 3, path: "rag.sources" });
    const lookalike = Object.assign(Object.create(null), { [Symbol.for("tandem.error")]: true });
    expect(TandemError.isInstance(error)).toBe(true);
    expect(TandemError.isInstance(lookalike)).toBe(true);
    expect(TandemError.isInstance(new Error("x"))).toBe(false);
    expect(error.format()).toBe("a.yaml:3 rag.sources: bad");
    expect(error.toJSON()).toMatchObject({ code: "CONFIG_INVALID", file: "a.yaml", line: 3, path: "rag.sources" });
  });

  it("normalises unknown throws", () => {
    const wrapped = toTandemError(new Error("boom"), "UPSTREAM_FAILED");
    expect(wrapped.code).toBe("UPSTREAM_FAILED");
    expect(wrapped.message).toBe("boom");
    expect(toTandemError("plain").code).toBe("INTERNAL");
  });

  it("names key paths and JSON pointers", () => {
    expect(toKeyPath(["router", "rules", 0, "match"])).toBe("router.rules[0].match");
    expect(toKeyPath([])).toBe("(root)");
    expect(toJsonPointer(["messages", 3, "a/b"])).toBe("/messages/3/a~1b");
  });
});
