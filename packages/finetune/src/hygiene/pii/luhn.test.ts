import { describe, expect, it } from "vitest";
import { knownCardIssuer, luhnValid } from "./luhn";

describe("luhnValid", () => {
  it("accepts 79927398713, worked by hand", () => {
    // From the right: 3, (1×2=2), 7, (8×2=16→7), 9, (3×2=6), 7, (2×2=4), 9, (9×2=18→9), 7
    // 3+2+7+7+9+6+7+4+9+9+7 = 70, a multiple of 10.
    expect(luhnValid("79927398713")).toBe(true);
  });

  it("rejects the same number with any other check digit", () => {
    for (const digit of "012456789") expect(luhnValid(`7992739871${digit}`)).toBe(false);
  });

  it("accepts the standard test card numbers and rejects a one-digit change", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("5500000000000004")).toBe(true);
    expect(luhnValid("378282246310005")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
  });

  it("rejects non-digits and single digits", () => {
    expect(luhnValid("4111-1111")).toBe(false);
    expect(luhnValid("0")).toBe(false);
  });
});

describe("knownCardIssuer", () => {
  it("names the network by prefix and length", () => {
    expect(knownCardIssuer("4111111111111111")).toBe("visa");
    expect(knownCardIssuer("5500000000000004")).toBe("mastercard");
    expect(knownCardIssuer("2221000000000009")).toBe("mastercard");
    expect(knownCardIssuer("378282246310005")).toBe("amex");
    expect(knownCardIssuer("6011111111111117")).toBe("discover");
    expect(knownCardIssuer("1234567812345670")).toBeUndefined();
  });
});
