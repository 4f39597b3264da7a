import { readFileSync } from "node:fs";
import { TandemError, toJsonPointer } from "@tandem/core";
import { fireworksProfile } from "./fireworks";
import { genericProfile } from "./generic";
import { openAiProfile } from "./openai";
import { type ProviderProfile, type ProviderProfileInput, providerProfileSchema } from "./provider-profile";
import { togetherProfile } from "./together";

/** The built-in provider profiles by name. */
export const providerProfiles = {
  openai: openAiProfile,
  fireworks: fireworksProfile,
  together: togetherProfile,
  generic: genericProfile,
} as const satisfies Record<string, ProviderProfileInput>;

/**
 * A profile from a built-in name (`openai`, `fireworks`, `together`, `generic`), a path to a JSON file of the
 * same shape, or a profile object. Default `openai`.
 */
export function resolveProfile(profile: string | ProviderProfileInput = "openai"): ProviderProfile {
  if (typeof profile !== "string") return parseProfile(profile, "(profile object)");
  const builtIn = (providerProfiles as Record<string, ProviderProfileInput | undefined>)[profile];
  if (builtIn) return parseProfile(builtIn, profile);
  if (!profile.endsWith(".json")) {
    throw new TandemError({
      code: "INPUT_INVALID",
      message: `unknown profile "${profile}"`,
      hint: `use one of ${Object.keys(providerProfiles).join(", ")}, or a path to a profile JSON file`,
    });
  }
  let text: string;
  try {
    text = readFileSync(profile, "utf8");
  } catch (error) {
    throw new TandemError({ code: "SOURCE_NOT_FOUND", file: profile, message: `cannot read profile: ${(error as Error).message}`, cause: error });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TandemError({ code: "INPUT_INVALID", file: profile, message: `profile is not valid JSON: ${(error as Error).message}`, cause: error });
  }
  return parseProfile(value, profile);
}

function parseProfile(value: unknown, where: string): ProviderProfile {
  const parsed = providerProfileSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new TandemError({
    code: "INPUT_INVALID",
    file: where,
    path: issue ? toJsonPointer(issue.path as PropertyKey[]) : undefined,
    message: `invalid provider profile: ${parsed.error.issues.map((item) => `${toJsonPointer(item.path as PropertyKey[])}: ${item.message}`).join("; ")}`,
    hint: "start from a built-in profile (packages/finetune/src/profiles/) and change its values",
  });
}

/** The training context of `model` in `profile`: the longest matching model-id prefix, else the default. */
export function contextLimitFor(profile: ProviderProfile, model: string): number {
  const base = baseModel(model);
  let best: { prefix: string; limit: number } | undefined;
  for (const [prefix, limit] of Object.entries(profile.contextLimits)) {
    if (base.startsWith(prefix) && (!best || prefix.length > best.prefix.length)) best = { prefix, limit };
  }
  return best?.limit ?? profile.defaultContextLimit;
}

/** The profile's notes that apply to `model` (unscoped notes always do). */
export function notesFor(profile: ProviderProfile, model: string): string[] {
  const base = baseModel(model);
  return profile.notes.flatMap((note) => (typeof note === "string" ? [note] : note.models.some((prefix) => base.startsWith(prefix)) ? [note.text] : []));
}

/** `ft:gpt-4o-mini-2024-07-18:org::abc` → `gpt-4o-mini-2024-07-18`; other ids unchanged. */
export function baseModel(model: string): string {
  return model.startsWith("ft:") ? (model.split(":")[1] ?? model) : model;
}
