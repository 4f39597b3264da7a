// DNS rebinding guard: a web page on evil.example can resolve its name to 127.0.0.1 and then talk to a local server
// as "same origin". Its requests still say `Host: evil.example`, so a loopback bind accepts only loopback names (and
// the configured server.allowedHosts). On another bind, server.allowedHosts, when set, is the whole list.
import { TandemError } from "@tandem/core";
import type { MiddlewareHandler } from "hono";
import { isLoopbackHost } from "./auth";
import type { ServerEnv } from "./server-env";

/** The host name of a Host header (without the port; IPv6 brackets kept off). */
export function hostName(header: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(header);
  if (bracketed?.[1]) return bracketed[1].toLowerCase();
  return header.replace(/:\d+$/, "").toLowerCase();
}

export function hostAllowList(bindHost: string, allowedHosts: readonly string[]): MiddlewareHandler<ServerEnv> | undefined {
  const loopback = isLoopbackHost(bindHost);
  if (!loopback && allowedHosts.length === 0) return undefined;
  const allowed = new Set(allowedHosts.map((host) => hostName(host)));
  const accepts = (name: string) => allowed.has(name) || (loopback && isLoopbackHost(name));
  return async (context, next) => {
    const header = context.req.header("host") ?? "";
    if (!accepts(hostName(header))) {
      throw new TandemError({
        code: "FORBIDDEN",
        message: `Host "${header.slice(0, 100)}" is not served here`,
        hint: "add the name to server.allowedHosts if this server is meant to answer to it",
      });
    }
    await next();
  };
}
