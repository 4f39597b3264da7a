import { createHash } from "node:crypto";

/**
 * A valid Chroma collection name (3–512 characters of [a-zA-Z0-9._-], alphanumeric at both ends) made of a base
 * name and the embedder id, so an index is never queried with vectors from another embedder.
 */
export function collectionName(baseName: string, embedderId: string): string {
  const clean = (text: string) => text.replace(/[^a-zA-Z0-9._-]+/g, "-").replace(/^[^a-zA-Z0-9]+|[^a-zA-Z0-9]+$/g, "");
  let name = [clean(baseName), clean(embedderId)].filter(Boolean).join("-");
  if (name.length > 200) name = `${name.slice(0, 180)}-${createHash("sha256").update(name).digest("hex").slice(0, 12)}`;
  while (name.length < 3) name = `${name}x`;
  return /^[a-zA-Z0-9]/.test(name) ? name : `c${name}`;
}
