/**
 * The value at a key path (`metadata.family`, `metadata.source[0]`) or JSON pointer (`/metadata/family`) of an
 * object, as a string when it is a string, number or boolean; undefined otherwise.
 */
export function valueAtPath(value: unknown, path: string): string | undefined {
  const keys = path.startsWith("/")
    ? path.slice(1).split("/").map((key) => key.replaceAll("~1", "/").replaceAll("~0", "~"))
    : path.split(/\.|\[(\d+)\]/).filter((key): key is string => key !== undefined && key !== "");
  let current: unknown = value;
  for (const key of keys) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === "string" || typeof current === "number" || typeof current === "boolean" ? String(current) : undefined;
}
