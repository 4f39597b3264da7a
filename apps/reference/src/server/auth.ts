// API keys: `Authorization: Bearer <key>` on every /v1/* endpoint and /metrics when keys are configured.
// Keys come from TANDEM_API_KEYS (comma-separated, wins) or server.apiKeys; they are compared in constant time and
// never logged. GET /v1/health answers without a key, with liveness only.
import { createHash, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import { TandemError } from "@tandem/core";
import type { MiddlewareHandler } from "hono";
import type { ServerConfig } from "../config/server-config-schema";
import type { ServerEnv } from "./server-env";

/** The API keys in force: TANDEM_API_KEYS (comma-separated) when set, else server.apiKeys. */
export function resolveApiKeys(server: Pick<ServerConfig, "apiKeys">, environment: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnvironment = environment.TANDEM_API_KEYS?.split(",").map((key) => key.trim()).filter(Boolean);
  return fromEnvironment && fromEnvironment.length > 0 ? fromEnvironment : server.apiKeys;
}

/** True for 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (bare === "localhost" || bare === "::1") return true;
  return isIP(bare) === 4 && bare.startsWith("127.");
}

/** Refuses to serve a non-loopback interface without API keys, unless that is explicitly allowed. */
export function assertBindIsSafe(host: string, keys: readonly string[], allowUnauthenticated: boolean): void {
  if (keys.length > 0 || allowUnauthenticated || isLoopbackHost(host)) return;
  throw new TandemError({
    code: "CONFIG_INVALID",
    path: "server.apiKeys",
    message: `refusing to serve ${host} without API keys: anyone who can reach it could use the models and read the index`,
    hint: "set TANDEM_API_KEYS=key1,key2 (or server.apiKeys), or pass --allow-unauthenticated if a proxy in front authenticates",
  });
}

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Whether an Authorization header carries one of the keys (constant time per key). */
export function authorized(header: string | undefined, keys: readonly Buffer[]): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return false;
  const presented = digest(match[1]);
  let found = false;
  for (const key of keys) found = timingSafeEqual(presented, key) || found;
  return found;
}

/**
 * Sets `authenticated` for every request; refuses /v1/* and /metrics without a valid key (401). Health is let
 * through and shows liveness only to an unauthenticated caller; the page is static and asks for the key.
 */
export function apiKeyAuth(keys: readonly string[]): MiddlewareHandler<ServerEnv> {
  const digests = keys.map(digest);
  return async (context, next) => {
    const ok = digests.length === 0 || authorized(context.req.header("authorization"), digests);
    context.set("authenticated", ok);
    const path = context.req.path;
    const guarded = (path.startsWith("/v1/") && path !== "/v1/health") || path === "/metrics";
    if (!ok && guarded) {
      context.header("www-authenticate", 'Bearer realm="tandem"');
      throw new TandemError({
        code: "UNAUTHORIZED",
        message: context.req.header("authorization") ? "invalid API key" : "missing API key",
        hint: "send Authorization: Bearer <key> (one of TANDEM_API_KEYS or server.apiKeys)",
      });
    }
    await next();
  };
}
