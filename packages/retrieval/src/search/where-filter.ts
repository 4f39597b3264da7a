import { TandemError } from "@tandem/core";

/** A Chroma metadata filter (`where`): `{field: value}`, `{field: {$op: value}}`, `{$and: [...]}`, `{$or: [...]}`. */
export type WhereFilter = Record<string, unknown>;

type Predicate = (metadata: Readonly<Record<string, unknown>>) => boolean;

const comparisons = ["$gt", "$gte", "$lt", "$lte"] as const;
const operators = new Set(["$eq", "$ne", ...comparisons, "$in", "$nin", "$contains", "$not_contains"]);

const isScalar = (value: unknown): value is string | number | boolean => ["string", "number", "boolean"].includes(typeof value);

/** Same type and value; Chroma never matches a string with a number or a boolean with either. */
function equal(stored: unknown, wanted: unknown): boolean {
  return typeof stored === typeof wanted && stored === wanted;
}

function invalid(message: string, path: string): TandemError {
  return new TandemError({
    code: "INPUT_INVALID",
    path,
    message: `invalid where filter at ${path || "/"}: ${message}`,
    hint: 'use Chroma\'s grammar, e.g. {"$and": [{"team": "docs"}, {"year": {"$gte": 2025}}]}',
  });
}

const escape = (key: string) => key.replaceAll("~", "~0").replaceAll("/", "~1");

/** One field's condition: a scalar (equality) or `{ $op: operand }`. */
function fieldPredicate(field: string, condition: unknown, path: string): Predicate {
  if (isScalar(condition)) return (metadata) => equal(metadata[field], condition);
  if (condition === null || typeof condition !== "object" || Array.isArray(condition)) {
    throw invalid(`expected a string, number, boolean or {"$operator": value}, got ${JSON.stringify(condition)}`, path);
  }
  const entries = Object.entries(condition);
  if (entries.length !== 1) throw invalid(`an operator expression has exactly one operator, got ${entries.length}`, path);
  const [operator, operand] = entries[0] as [string, unknown];
  const at = `${path}/${escape(operator)}`;
  if (!operators.has(operator)) throw invalid(`unknown operator ${operator} (use ${[...operators].join(" ")})`, at);
  if ((comparisons as readonly string[]).includes(operator)) {
    if (typeof operand !== "number") throw invalid(`${operator} compares numbers, got ${typeof operand}`, at);
    const compare = { $gt: (left: number) => left > operand, $gte: (left: number) => left >= operand, $lt: (left: number) => left < operand, $lte: (left: number) => left <= operand }[
      operator as (typeof comparisons)[number]
    ];
    return (metadata) => typeof metadata[field] === "number" && compare(metadata[field] as number);
  }
  if (operator === "$in" || operator === "$nin") {
    if (!Array.isArray(operand) || operand.length === 0 || !operand.every((item) => isScalar(item) && typeof item === typeof operand[0])) {
      throw invalid(`${operator} takes a non-empty list of values of one type`, at);
    }
    const accepts: Predicate = (metadata) => operand.some((item) => equal(metadata[field], item));
    return operator === "$in" ? accepts : (metadata) => !accepts(metadata);
  }
  if (!isScalar(operand)) throw invalid(`${operator} takes a string, number or boolean`, at);
  if (operator === "$eq") return (metadata) => equal(metadata[field], operand);
  if (operator === "$ne") return (metadata) => !equal(metadata[field], operand);
  // $contains / $not_contains: membership in array metadata.
  const contains: Predicate = (metadata) => Array.isArray(metadata[field]) && (metadata[field] as unknown[]).some((item) => equal(item, operand));
  return operator === "$contains" ? contains : (metadata) => !contains(metadata);
}

function compile(where: unknown, path: string): Predicate {
  if (where === null || typeof where !== "object" || Array.isArray(where)) throw invalid("expected an object", path);
  const entries = Object.entries(where);
  if (entries.length !== 1) throw invalid(`a where object has exactly one key (combine conditions with $and), got ${entries.length}`, path);
  const [key, value] = entries[0] as [string, unknown];
  const at = `${path}/${escape(key)}`;
  if (key === "$and" || key === "$or") {
    if (!Array.isArray(value) || value.length < 2) throw invalid(`${key} takes a list of at least two where objects`, at);
    const parts = value.map((part, index) => compile(part, `${at}/${index}`));
    return key === "$and" ? (metadata) => parts.every((part) => part(metadata)) : (metadata) => parts.some((part) => part(metadata));
  }
  if (key.startsWith("$")) throw invalid(`unknown logical operator ${key} (use $and or $or)`, at);
  return fieldPredicate(key, value, at);
}

/**
 * Compiles a Chroma `where` filter into a predicate over chunk metadata, so the lexical side of hybrid search
 * filters exactly as Chroma does on the dense side: `$eq $ne $gt $gte $lt $lte $in $nin` on fields (values
 * match only within their type; `$gt`… compare numbers only; `$ne`/`$nin` also accept chunks lacking the field),
 * `$contains/$not_contains` on array fields, and `$and`/`$or`. Malformed filters throw a TandemError naming the
 * JSON pointer of the problem, as Chroma's client would reject them.
 */
export function compileWhere(where: WhereFilter): Predicate {
  return compile(where, "");
}
