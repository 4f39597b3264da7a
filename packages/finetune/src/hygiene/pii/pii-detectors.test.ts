import { describe, expect, it } from "vitest";
import { detectPii } from "./pii-detectors";

const found = (text: string) => detectPii(text).map((span) => `${span.detector}:${span.value}`);

describe("detectPii", () => {
  it("finds e-mail addresses but not documentation domains", () => {
    expect(found("Mail sam.lee@acme.io or ops@fernhill.io; demo@example.com and a@b.test are examples")).toEqual(["email:sam.lee@acme.io", "email:ops@fernhill.io"]);
  });

  it("finds phone numbers in common international and national formats", () => {
    expect(found("Call +1 (503) 555-0142, 503-555-0142, +44 20 7946 0958 or (503) 555 0142.")).toEqual([
      "phone:+1 (503) 555-0142",
      "phone:503-555-0142",
      "phone:+44 20 7946 0958",
      "phone:(503) 555 0142",
    ]);
  });

  it("finds card numbers only when the Luhn checksum and an issuer prefix fit", () => {
    expect(found("4111 1111 1111 1111, 4111-1111-1111-1112, 5500000000000004, 1234 5678 1234 5670")).toEqual([
      "credit-card:4111 1111 1111 1111",
      "credit-card:5500000000000004",
    ]);
  });

  it("validates IBANs with the mod-97 check, worked by hand", () => {
    // DE + ?? + BBAN 370400440532013000: move "DE00" to the end, letters to numbers (D=13, E=14):
    // 370400440532013000131400 mod 97 = 9, so the check digits are 98 − 9 = 89.
    expect(found("Pay to DE89 3704 0044 0532 0130 00 today")).toEqual(["iban:DE89 3704 0044 0532 0130 00"]);
    expect(found("Pay to DE88 3704 0044 0532 0130 00 today")).toEqual([]);
    expect(found("GB82WEST12345698765432 and GB82WEST12345698765433")).toEqual(["iban:GB82WEST12345698765432"]);
  });

  it("finds IP addresses, but not documentation, loopback or impossible ones", () => {
    expect(found("from 10.0.4.17, 192.168.1.256, 203.0.113.45, 127.0.0.1, fe80::1ff:fe23:4567:890a, 2001:db8::1:2 and ::1")).toEqual([
      "ipv4:10.0.4.17",
      "ipv6:fe80::1ff:fe23:4567:890a",
    ]);
  });

  it("finds API keys and secrets of the common services", () => {
    const text = [
      "OPENAI=sk-proj-abcdEFGH1234ijklMNOP5678qrst",
      "aws AKIAIOSFODNN7EXAMPLE",
      "gh ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
      "slack xoxb-123456789012-abcdefghijkl",
      "api_key=9f8e7d6c5b4a39281706f5e4",
    ].join("\n");
    expect(detectPii(text).map((span) => span.detector)).toEqual(["openai-api-key", "aws-access-key-id", "github-token", "slack-token", "generic-secret"]);
  });

  it("masks only the value of a key=value secret, and leaves low-entropy or placeholder values alone", () => {
    const [span] = detectPii('config: api_key = "9f8e7d6c5b4a39281706f5e4"');
    expect(span?.value).toBe("9f8e7d6c5b4a39281706f5e4");
    expect(found("password: your-password-here, token = aaaaaaaaaaaaaaaa, secret=changeme12345678")).toEqual([]);
  });

  it("does not flag version numbers, dates, times, prices, order ids and other numbers", () => {
    const text = [
      "CLI v2.15.0 (was 2.11.2), PostgreSQL 18, pgvector 0.8.0, build 10.2.3",
      "on 2026-11-24 at 14:05 UTC, 24.11.2026, 2026.11.24, 12/25/2026, 14:05:33",
      "$1,299.00, $79 per month, €0.09 per GB, 99.95% uptime",
      "order ORD-2026-001234, ticket #123456789, invoice INV-2026-10-0042, case 12345678901",
      "100 000 000 rows, 1.234.567 bytes, ratio 3:2, ISBN 978-3-16-148410-0",
      "uuid 123e4567-e89b-12d3-a456-426614174000, sha 9f86d081884c7d65",
    ].join("\n");
    expect(found(text)).toEqual([]);
  });

  it("gives the same key to the same entity written differently", () => {
    const keys = detectPii("Sam.Lee@Acme.io and sam.lee@acme.io; 4111 1111 1111 1111 and 4111-1111-1111-1111").map((span) => span.key);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[2]).toBe(keys[3]);
  });
});
