// Graceful draining. On SIGTERM/SIGINT the server stops accepting connections, answers requests that still arrive
// on open keep-alive connections with 503 (Connection: close), lets in-flight requests and streams finish — up to
// a deadline — and only then closes what is left. The count is kept at the Node level, so a stream counts until
// its last byte.
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { TandemError } from "@tandem/core";
import type { MiddlewareHandler } from "hono";
import type { ServerEnv } from "./server-env";

export class Drain {
  private active = 0;
  private idle: (() => void)[] = [];
  private state: "serving" | "draining" = "serving";

  get draining(): boolean {
    return this.state === "draining";
  }

  get inFlight(): number {
    return this.active;
  }

  /** Counts a request from its arrival until its response is done (or its connection closes). */
  track(_request: IncomingMessage, response: ServerResponse): void {
    this.active += 1;
    response.once("close", () => {
      this.active -= 1;
      if (this.active === 0) for (const resolve of this.idle.splice(0)) resolve();
    });
  }

  /** While draining: every response closes its connection; new work is refused (health answers "draining"). */
  middleware(): MiddlewareHandler<ServerEnv> {
    return async (context, next) => {
      if (this.draining) {
        context.header("connection", "close");
        if (context.req.path !== "/v1/health") {
          context.header("retry-after", "1");
          throw new TandemError({ code: "SHUTTING_DOWN", message: "the server is shutting down", hint: "retry: another replica (or this one, restarted) will answer" });
        }
      }
      await next();
    };
  }

  /** Stops accepting, waits for in-flight requests (at most `timeoutMs`), then closes every connection. */
  async drain(server: Server, timeoutMs: number): Promise<{ finished: boolean; cut: number }> {
    this.state = "draining";
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      this.active === 0 ? Promise.resolve(true) : new Promise<boolean>((resolve) => this.idle.push(() => resolve(true))),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      }),
    ]);
    clearTimeout(timer);
    const cut = this.active;
    server.closeAllConnections();
    await closed;
    return { finished, cut };
  }
}
