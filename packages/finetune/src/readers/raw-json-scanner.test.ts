import { describe, expect, it } from "vitest";
import { RawJsonScanner } from "./raw-json-scanner";

function scan(text: string) {
  const scanner = new RawJsonScanner();
  const status = scanner.scan(text);
  return { status, scanner };
}

describe("RawJsonScanner", () => {
  it("accepts what JSON.parse accepts, and nothing after the value", () => {
    for (const text of ['{"a": [1, -2.5e3, true, false, null, "x\\"y\\\\", {}], "b": {"c": []}}', "[]", '"s"', "0", " {} "]) {
      expect(scan(text).status, text).toBe("complete");
      expect(() => JSON.parse(text)).not.toThrow();
    }
    expect(scan("{} {}").status).toBe("invalid");
  });

  it("finds duplicate keys at every depth, with the pointer of the duplicate", () => {
    const { scanner } = scan('{"a": 1, "m": [{"role": "u", "x/y": 1, "role": "v"}], "a": 2}');
    expect(scanner.notes).toEqual([
      { kind: "duplicate-key", pointer: "/m/0/role", detail: "role" },
      { kind: "duplicate-key", pointer: "/a", detail: "a" },
    ]);
  });

  it("finds duplicates among many keys (Set mode) and decodes escaped keys", () => {
    const keys = Array.from({ length: 40 }, (_, index) => `"k${index}": ${index}`).join(", ");
    expect(scan(`{${keys}, "k33": 0}`).scanner.notes?.[0]).toMatchObject({ kind: "duplicate-key", pointer: "/k33" });
    expect(scan('{"\\u0061": 1, "a": 2}').scanner.notes?.[0]).toMatchObject({ detail: "a" });
  });

  it("sees how a weight was written (JSON.parse turns 1.0 into 1)", () => {
    const { scanner } = scan('{"messages": [{"weight": 1}, {"weight": 1.0}, {"weight": 0e0}, {"other": 1.5}]}');
    expect(scanner.notes).toEqual([
      { kind: "weight-token", pointer: "/messages/1/weight", detail: "1.0" },
      { kind: "weight-token", pointer: "/messages/2/weight", detail: "0e0" },
    ]);
  });

  it("finds lone surrogate escapes but not valid pairs", () => {
    expect(scan('{"a": "\\ud83d\\ude00"}').scanner.notes).toBeUndefined();
    expect(scan('{"a": "x\\ud83d y", "b": "\\udc00"}').scanner.notes?.map((note) => note.pointer)).toEqual(["/a", "/b"]);
  });

  it("tells incomplete (continues on the next line), truncated (cut mid-token) and invalid apart", () => {
    expect(scan('{"messages": [').status).toBe("incomplete");
    expect(scan('{"a": "unterminated').status).toBe("truncated");
    expect(scan('{"a": tr').status).toBe("truncated");
    const invalid = scan('{"a": 1 "b": 2}');
    expect(invalid.status).toBe("invalid");
    expect(invalid.scanner.errorOffset).toBe(8);
    expect(invalid.scanner.errorMessage).toMatch(/expected ',' or '}'/);
  });

  it("continues an incomplete record when more text is appended", () => {
    const scanner = new RawJsonScanner();
    let text = "{";
    expect(scanner.scan(text)).toBe("incomplete");
    text += '\n  "a": [1,';
    expect(scanner.scan(text)).toBe("incomplete");
    text += "\n  2]\n}";
    expect(scanner.scan(text)).toBe("complete");
  });
});
