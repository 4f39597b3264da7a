import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Runtime } from "../runtime/runtime";
import { createHttpApp, type HttpAppOptions } from "./app";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Binds the HTTP app to host:port (port 0 picks a free one) and resolves once it listens. */
export function startHttpServer(runtime: Runtime, options: { host: string; port: number } & HttpAppOptions): Promise<RunningServer> {
  const app = createHttpApp(runtime, options.configStatus ? { configStatus: options.configStatus } : {});
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            if ("closeAllConnections" in server) (server as { closeAllConnections(): void }).closeAllConnections();
          }),
      });
    });
    server.once("error", reject);
  });
}
