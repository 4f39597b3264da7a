import { isDeepStrictEqual } from "node:util";
import type { TandemConfig } from "../config/load-config";

/** Sections a running server applies without a restart. */
const liveSections = new Set(["router"]);

/** Which sections of the config differ: whether the router changed, and which changed sections need a restart. */
export function configChanges(previous: TandemConfig, next: TandemConfig): { router: boolean; restartNeeded: string[] } {
  const sections = [...new Set([...Object.keys(previous), ...Object.keys(next)])].filter((key) => !["file", "directory", "stateDir"].includes(key));
  const changed = sections.filter((key) => !isDeepStrictEqual(previous[key as keyof TandemConfig], next[key as keyof TandemConfig]));
  return { router: changed.includes("router"), restartNeeded: changed.filter((key) => !liveSections.has(key)).sort() };
}
