import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import type { Logger } from "pino";
import { type ServerConfig, serverConfigSchema } from "../config/server-config-schema";
import type { Runtime } from "../runtime/runtime";
import { createHttpApp, type HttpAppOptions } from "./app";
import type { ServerMetrics } from "./metrics";

export interface RunningServer {
  url: string;
  metrics: ServerMetrics;
  /** Requests (streams included) not yet finished. */
  inFlight(): number;
  /**
   * Stops accepting, lets in-flight requests and streams finish (at most `timeoutMs`, default server.drainTimeoutMs),
   * then closes what is left. Resolves with whether everything finished and how many were cut.
   */
  drain(timeoutMs?: number): Promise<{ finished: boolean; cut: number }>;
  /** Closes at once (drain with no grace). */
  close(): Promise<void>;
}

export interface StartHttpServerOptions extends Omit<HttpAppOptions, "bindHost"> {
  host: string;
  port: number;
  server?: ServerConfig;
  logger?: Logger;
}

/**
 * Binds the HTTP app to host:port (port 0 picks a free one) and resolves once it listens. Node's own limits back
 * the app's: headers must arrive within server.limits.headersTimeoutMs and the whole request within bodyTimeoutMs.
 */
export function startHttpServer(runtime: Runtime, options: StartHttpServerOptions): Promise<RunningServer> {
  const server = options.server ?? serverConfigSchema.parse({});
  const app = createHttpApp(runtime, { ...options, server, bindHost: options.host });
  const listener = getRequestListener(app.fetch);
  const http = createServer(
    {
      // Node checks these every connectionsCheckingInterval (default 30 s): check every second, so they hold.
      headersTimeout: Math.min(server.limits.headersTimeoutMs, server.limits.bodyTimeoutMs),
      requestTimeout: server.limits.bodyTimeoutMs,
      connectionsCheckingInterval: 1000,
      keepAliveTimeout: 5000,
    },
    (request, response) => {
      app.drain.track(request, response);
      void listener(request, response);
    },
  );
  return new Promise((resolve, reject) => {
    http.once("error", reject);
    http.listen(options.port, options.host, () => {
      http.off("error", reject);
      const info = http.address() as AddressInfo;
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        metrics: app.metrics,
        inFlight: () => app.drain.inFlight,
        drain: async (timeoutMs = server.drainTimeoutMs) => {
          app.dashboard.stop();
          return app.drain.drain(http, timeoutMs);
        },
        close: async () => {
          app.dashboard.stop();
          await app.drain.drain(http, 0);
        },
      });
    });
  });
}
