import { describe, expect, it } from "vitest";
import { httpStatusFor, TandemError, toTandemError } from "./errors";
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

  it("maps codes to HTTP statuses: the caller's mistakes 4xx, ours and dependencies' 5xx", () => {
    expect(httpStatusFor("INPUT_INVALID")).toBe(400);
    expect(httpStatusFor("UNAUTHORIZED")).toBe(401);
    expect(httpStatusFor("BODY_TOO_LARGE")).toBe(413);
    expect(httpStatusFor("UNSUPPORTED_MEDIA_TYPE")).toBe(415);
    expect(httpStatusFor("OVERLOADED")).toBe(429);
    expect(httpStatusFor("CHROMA_UNAVAILABLE")).toBe(503);
    expect(httpStatusFor("TIMEOUT")).toBe(504);
    expect(httpStatusFor("CONFIG_INVALID")).toBe(500);
    expect(httpStatusFor("INTERNAL")).toBe(500);
  });

  it("names key paths and JSON pointers", () => {
    expect(toKeyPath(["router", "rules", 0, "match"])).toBe("router.rules[0].match");
    expect(toKeyPath([])).toBe("(root)");
    expect(toJsonPointer(["messages", 3, "a/b"])).toBe("/messages/3/a~1b");
  });
});
