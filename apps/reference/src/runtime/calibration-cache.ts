import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { writeFileAtomic } from "@tandem/core";
import type { RouterCalibration } from "@tandem/router";

/** Bump when the calibration procedure changes, so old caches are recomputed. */
const calibrationVersion = 27;

/** Cache key: what the calibration depends on (training data, index state, embedder, procedure version). */
export function calibrationKey(parts: readonly (string | number)[]): string {
  return createHash("sha256").update(JSON.stringify([calibrationVersion, ...parts])).digest("hex").slice(0, 16);
}

/** The cached calibration for a key, or the result of `compute` (then cached beside the index). */
export async function cachedCalibration(file: string, key: string, compute: () => Promise<RouterCalibration>): Promise<RouterCalibration> {
  try {
    const stored = JSON.parse(readFileSync(file, "utf8")) as { key: string; calibration: RouterCalibration };
    if (stored.key === key) return stored.calibration;
  } catch {
    // no cache yet, or unreadable: recompute
  }
  const calibration = await compute();
  writeFileAtomic(file, `${JSON.stringify({ key, calibration }, null, 1)}\n`);
  return calibration;
}
