// Argument parsers for commander options: one name, one meaning. Each throws InvalidArgumentError with what it
// expected, which commander prints as `error: option '--x <n>' argument 'y' is invalid. expected …`.
import { type Route, routeSchema } from "@tandem/core";
import { InvalidArgumentError } from "commander";
import { z } from "zod";

const fail = (expected: string): never => {
  throw new InvalidArgumentError(expected);
};

/** A whole number, any sign (seeds whose range the command checks itself). */
export function integer(value: string): number {
  const parsed = Number(value);
  return value.trim() !== "" && Number.isInteger(parsed) ? parsed : fail("expected a whole number");
}

/** A whole number ≥ 1 (counts: hits, folds, chunks, findings, tokens, epochs). */
export function positiveInteger(value: string): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : fail("expected a positive whole number");
}

/** A whole number ≥ 0 (milliseconds, seeds, counts that may be zero). */
export function nonNegativeInteger(value: string): number {
  const parsed = Number(value);
  return value.trim() !== "" && Number.isInteger(parsed) && parsed >= 0 ? parsed : fail("expected a whole number ≥ 0");
}

/** A number > 0, fractions allowed (prices). */
export function positiveNumber(value: string): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fail("expected a positive number");
}

/** A number ≥ 0, fractions allowed (weights). */
export function nonNegativeNumber(value: string): number {
  const parsed = Number(value);
  return value.trim() !== "" && Number.isFinite(parsed) && parsed >= 0 ? parsed : fail("expected a number ≥ 0");
}

/** A share between 0 and 1. */
export function share(value: string): number {
  const parsed = Number(value);
  return value.trim() !== "" && parsed >= 0 && parsed <= 1 ? parsed : fail("expected a share between 0 and 1");
}

/** Two or three shares, comma-separated (a train,validation[,eval] split). */
export function shares(value: string): number[] {
  const parts = value.split(",").map(Number);
  return parts.length >= 2 && parts.length <= 3 && parts.every((part) => part >= 0) ? parts : fail("expected 2 or 3 shares, e.g. 0.9,0.1 or 0.8,0.1,0.1");
}

/** A TCP port; 0 picks a free one. */
export function port(value: string): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 0 && parsed <= 65535 ? parsed : fail("expected a port number (0-65535; 0 picks a free one)");
}

/** A number, or "auto" (fine-tuning hyperparameters). */
export function numberOrAuto(value: string): number | "auto" {
  if (value === "auto") return "auto";
  const parsed = Number(value);
  return value.trim() !== "" && !Number.isNaN(parsed) ? parsed : fail('expected a number or "auto"');
}

/** A JSON object (a metadata filter in Chroma's where grammar). */
export function jsonObject(value: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch (error) {
    return fail(`expected a JSON object (${(error as Error).message})`);
  }
  return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : fail("expected a JSON object (not an object)");
}

/** `INPUT,OUTPUT` prices in USD per 1M tokens. */
export function tokenPrices(value: string): { input: number; output: number } {
  const [input, output] = value.split(",").map(Number);
  return input !== undefined && output !== undefined && input >= 0 && output >= 0 ? { input, output } : fail("expected INPUT,OUTPUT in USD per 1M tokens, e.g. 0.15,0.6");
}

/** `tuned,rag,both`: every route once, cheapest first. */
export function costOrder(value: string): Route[] {
  const order = value.split(",").map((entry) => entry.trim());
  const parsed = z.array(routeSchema).length(3).safeParse(order);
  return parsed.success && new Set(order).size === 3 ? parsed.data : fail(`list tuned, rag and both once each, cheapest first, e.g. tuned,rag,both (got "${value}")`);
}

/** CSV column mapping `role=column,…` (roles: user, assistant, system, input, delimiter). */
export function csvColumns(value: string): Record<string, string> {
  const mapping: Record<string, string> = {};
  for (const pair of value.split(",")) {
    const [role, column] = pair.split("=").map((part) => part.trim());
    if (!role || !column || !["user", "assistant", "system", "input", "delimiter"].includes(role)) {
      return fail('expected role=column pairs, e.g. "user=question,assistant=answer" (roles: user, assistant, system, input)');
    }
    mapping[role] = column;
  }
  return mapping;
}
