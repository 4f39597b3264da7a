import { isIPv4, isIPv6 } from "node:net";
import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { knownCardIssuer, luhnValid } from "./luhn";

/** What a detected span is. Placeholders are `<EMAIL_1>`, `<PHONE_1>`, `<CREDIT_CARD_1>`, … */
export type PiiKind = "email" | "phone" | "credit_card" | "iban" | "ip_address" | "secret";

export const piiKinds: readonly PiiKind[] = ["email", "phone", "credit_card", "iban", "ip_address", "secret"];

/** One detected span of `text` (UTF-16 offsets). */
export interface PiiSpan {
  kind: PiiKind;
  /** Detector id, e.g. `email`, `aws-access-key-id`, `generic-secret`. */
  detector: string;
  start: number;
  end: number;
  /** The detected text. Never written to a manifest or report. */
  value: string;
  /** Normalised value: the same entity written differently maps to the same placeholder. */
  key: string;
}

interface Detector {
  id: string;
  kind: PiiKind;
  pattern: RegExp;
  /** Capture group holding the sensitive part (default: the whole match). */
  group?: number;
  /**
   * Returns the normalised key (or the key and the accepted leading part of the candidate), or undefined to
   * reject the candidate.
   */
  accept: (value: string) => string | { key: string; value: string } | undefined;
}

/**
 * Domains reserved for documentation (RFC 2606 / 6761): addresses there are examples, not personal data. The
 * same holds for the documentation IP ranges (RFC 5737, and 2001:db8::/32 of RFC 3849).
 */
const reservedDomain = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;

/** Unspecified, loopback, broadcast and documentation (RFC 5737) IPv4 addresses: not anyone's address. */
const reservedIPv4 = /^(?:0\.0\.0\.0$|127\.|255\.255\.255\.255$|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)/;

function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const character of text) counts.set(character, (counts.get(character) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) entropy -= (count / text.length) * Math.log2(count / text.length);
  return entropy;
}

const placeholderValue = /your|example|x{4,}|<|changeme|redacted|placeholder|dummy|\*{3,}/i;

function acceptPhone(value: string): string | undefined {
  const digits = value.replace(/\D/g, "");
  const international = value.trim().startsWith("+");
  const parenthesised = value.includes("(");
  if (digits.length > 15 || digits.length < (international ? 8 : 9)) return undefined;
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(value)) return undefined; // an IPv4 address (the ipv4 detector decides)
  const groups = value.replace(/^\+\d{1,3}[ .-]?/, "").split(/[ .()-]+/).filter(Boolean);
  // dates written with separators (2026-11-24, 24.11.2026, 2026 11 24 …)
  if (/^(?:19|20)\d\d[-./ ](?:0?[1-9]|1[0-2])[-./ ](?:0?[1-9]|[12]\d|3[01])\b/.test(value.trim())) return undefined;
  if (/^(?:0?[1-9]|[12]\d|3[01])[-./](?:0?[1-9]|1[0-2])[-./](?:19|20)\d\d$/.test(value.trim())) return undefined;
  // thousands grouping (100 000 000, 1.234.567)
  if (!international && !parenthesised && groups.slice(1).every((group) => group.length === 3)) return undefined;
  return `${international ? "+" : ""}${digits}`;
}

function acceptIban(value: string): { key: string; value: string } | undefined {
  const parts = value.split(" ");
  for (let count = parts.length; count >= 1; count -= 1) {
    const accepted = parts.slice(0, count).join(" ");
    const candidate = electronicFormatIBAN(accepted) ?? "";
    if (candidate.length >= 15 && isValidIBAN(candidate)) return { key: candidate, value: accepted };
  }
  return undefined;
}

const secret = (id: string, pattern: RegExp): Detector => ({ id, kind: "secret", pattern, accept: (value) => value });

/** Detectors in priority order: where spans overlap, the earlier detector wins. */
const detectors: Detector[] = [
  secret("private-key", /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g),
  secret("anthropic-api-key", /\bsk-ant-[A-Za-z0-9_-]{20,}/g),
  secret("openai-api-key", /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g),
  secret("aws-access-key-id", /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[A-Z0-9]{16}\b/g),
  secret("github-token", /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g),
  secret("slack-token", /\bxox[abposre]-(?:\d+-)?[A-Za-z0-9-]{10,}/g),
  secret("slack-webhook", /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+/g),
  secret("google-api-key", /\bAIza[0-9A-Za-z_-]{35}\b/g),
  secret("stripe-key", /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b/g),
  secret("jwt", /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g),
  {
    id: "generic-secret",
    kind: "secret",
    pattern:
      /\b(?:api[_-]?key|apikey|secret(?:[_-]?key)?|access[_-]?token|auth[_-]?token|token|password|passwd|client[_-]?secret|private[_-]?key)["']?\s*[:=]\s*["']?([A-Za-z0-9_\-+/=.~!@#$%^&*]{12,})/dgi,
    group: 1,
    accept: (value) => (placeholderValue.test(value) || shannonEntropy(value) < 3.3 ? undefined : value),
  },
  {
    id: "email",
    kind: "email",
    pattern: /(?<![\w.%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g,
    accept: (value) => (reservedDomain.test(value.split("@")[1] ?? "") ? undefined : value.toLowerCase()),
  },
  { id: "iban", kind: "iban", pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/g, accept: acceptIban },
  {
    id: "credit-card",
    kind: "credit_card",
    pattern: /(?<![\d.,-])\d(?:[ -]?\d){12,18}(?![\d-]|[.,]\d)/g,
    accept: (value) => {
      const digits = value.replace(/\D/g, "");
      return luhnValid(digits) && knownCardIssuer(digits) ? digits : undefined;
    },
  },
  {
    id: "ipv4",
    kind: "ip_address",
    pattern: /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)/g,
    accept: (value) => (isIPv4(value) && !reservedIPv4.test(value) ? value : undefined),
  },
  {
    id: "ipv6",
    kind: "ip_address",
    pattern: /(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])/g,
    accept: (value) => (isIPv6(value) && value.split(":").filter(Boolean).length >= 3 && !/^2001:0?db8:/i.test(value) ? value.toLowerCase() : undefined),
  },
  {
    id: "phone",
    kind: "phone",
    pattern: /(?<![\w+@./:#$€£-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]\d{2,5}){1,4}(?![\w@/:%-]|[.,]\d)/g,
    accept: acceptPhone,
  },
];

/** Every PII / secret span of `text`, ordered by position; overlapping candidates go to the higher-priority detector. */
export function detectPii(text: string, kinds: readonly PiiKind[] = piiKinds): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const overlaps = (start: number, end: number) => spans.some((span) => start < span.end && span.start < end);
  for (const detector of detectors) {
    if (!kinds.includes(detector.kind)) continue;
    detector.pattern.lastIndex = 0;
    for (const match of text.matchAll(detector.pattern)) {
      const group = detector.group ?? 0;
      const value = match[group];
      const indices = (match as RegExpMatchArray & { indices?: [number, number][] }).indices?.[group];
      const start = indices ? indices[0] : (match.index ?? 0);
      if (value === undefined) continue;
      const accepted = detector.accept(value);
      if (accepted === undefined) continue;
      const { key, value: kept } = typeof accepted === "string" ? { key: accepted, value } : accepted;
      if (overlaps(start, start + kept.length)) continue;
      spans.push({ kind: detector.kind, detector: detector.id, start, end: start + kept.length, value: kept, key });
    }
  }
  return spans.sort((left, right) => left.start - right.start);
}
