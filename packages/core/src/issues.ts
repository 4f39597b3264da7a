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
