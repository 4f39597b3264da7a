import type { z } from "zod";

type PathKey = PropertyKey;

/** `["router", "rules", 0, "match"]` → `router.rules[0].match` (how config keys are named to users). */
export function toKeyPath(path: readonly PathKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(root)";
}

/** `["messages", 3, "content"]` → `/messages/3/content` (RFC 6901, how JSON data locations are named). */
export function toJsonPointer(path: readonly PathKey[]): string {
  return path.map((key) => `/${String(key).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** One readable line per zod issue: what is wrong and, where zod knows it, what was expected. */
export function describeZodIssue(issue: z.core.$ZodIssue): string {
  return issue.message;
}

/** One problem of a value checked against a schema: where (the path down to the bad key itself) and what. */
export interface SchemaProblem {
  path: PathKey[];
  message: string;
}

/**
 * The problems of a failed parse, readable: an unknown key is its own problem, at its own path (the key is named
 * once, by the path), with the nearest known key as a "did you mean" (or the known keys when none is near); a
 * union that failed is narrowed to the branch of the value's shape (`feedback: {documnts: 3}` is an unknown key of
 * the object branch, not "Invalid input"). Pass the schema that was parsed to get the suggestions.
 */
export function describeSchemaIssues(issues: readonly z.core.$ZodIssue[], schema?: z.core.$ZodType, prefix: readonly PathKey[] = []): SchemaProblem[] {
  return issues.flatMap((issue): SchemaProblem[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      const known = schema ? keysAt(schema, path) : [];
      return issue.keys.map((key) => ({ path: [...path, key], message: unknownKeyMessage(key, known) }));
    }
    if (issue.code === "invalid_union") {
      // The branches whose complaints are not about the value's type or literal value itself: the value has their shape.
      const shaped = issue.errors.filter((branch) => !branch.some((inner) => inner.path.length === 0 && (inner.code === "invalid_type" || inner.code === "invalid_value")));
      const [only] = shaped;
      if (shaped.length === 1 && only) return describeSchemaIssues(only, schema, path);
    }
    return [{ path, message: describeZodIssue(issue) }];
  });
}

function unknownKeyMessage(key: string, known: readonly string[]): string {
  const nearest = nearestKey(key, known);
  if (nearest) return `unknown key — did you mean "${nearest}"?`;
  return known.length > 0 ? `unknown key (known here: ${known.join(", ")})` : "unknown key";
}

/**
 * The known key a mistyped one most likely meant: the nearest by edit distance (a swap of two neighbouring letters
 * counts as one edit, case is ignored), when at most a third of its letters (at least one) differ; else undefined.
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const wanted = key.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { key: candidate, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(1, Math.floor(key.length / 3)) && best.distance < key.length ? best.key : undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
function editDistance(left: string, right: string): number {
  const rows = Array.from({ length: left.length + 1 }, (_, row) => Array.from({ length: right.length + 1 }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)));
  const at = (row: number, column: number) => rows[row]?.[column] ?? Number.POSITIVE_INFINITY;
  for (let row = 1; row <= left.length; row += 1) {
    for (let column = 1; column <= right.length; column += 1) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let distance = Math.min(at(row - 1, column) + 1, at(row, column - 1) + 1, at(row - 1, column - 1) + cost);
      if (row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1]) distance = Math.min(distance, at(row - 2, column - 2) + 1);
      (rows[row] as number[])[column] = distance;
    }
  }
  return at(left.length, right.length);
}

interface SchemaDefinition {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  options?: readonly z.core.$ZodType[];
  valueType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
  left?: z.core.$ZodType;
  right?: z.core.$ZodType;
  getter?: () => z.core.$ZodType;
}

const definitionOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as SchemaDefinition;

/** The object schemas a value at `path` inside `schema` is checked against (through optional, default, unions, arrays…). */
function objectsAt(schema: z.core.$ZodType, path: readonly PathKey[], depth = 0): SchemaDefinition[] {
  if (depth > 64) return [];
  const definition = definitionOf(schema);
  const inner = definition.innerType ?? (definition.type === "pipe" ? definition.in : undefined) ?? (definition.type === "lazy" ? definition.getter?.() : undefined);
  if (inner) return objectsAt(inner, path, depth + 1);
  if (definition.type === "union" && definition.options) return definition.options.flatMap((option) => objectsAt(option, path, depth + 1));
  if (definition.type === "intersection") return [definition.left, definition.right].flatMap((side) => (side ? objectsAt(side, path, depth + 1) : []));
  const [head, ...rest] = path;
  if (head === undefined) return definition.type === "object" ? [definition] : [];
  if (definition.type === "object" && typeof head === "string") {
    const next = definition.shape?.[head];
    return next ? objectsAt(next, rest, depth + 1) : [];
  }
  if (definition.type === "array" && typeof head === "number" && definition.element) return objectsAt(definition.element, rest, depth + 1);
  if (definition.type === "record" && definition.valueType) return objectsAt(definition.valueType, rest, depth + 1);
  return [];
}

/** The keys the object schema at `path` inside `schema` accepts, in declaration order (none when it is not an object). */
export function keysAt(schema: z.core.$ZodType, path: readonly PathKey[]): string[] {
  return [...new Set(objectsAt(schema, path).flatMap((definition) => Object.keys(definition.shape ?? {})))];
}
