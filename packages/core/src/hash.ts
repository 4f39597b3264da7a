/**
 * Small, dependency-free hashing helpers shared by packages that need stable ids without node:crypto
 * (FNV-1a 32-bit). Content ids that must be collision-resistant use node:crypto's sha256 in their package.
 */
export function fnv1a32(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
