import { httpStatusFor, toTandemError } from "@tandem/core";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ServerEnv } from "./server-env";

/** OpenAI-style error body (what OpenAI SDKs parse): `type` follows the status, `code` is Tandem's stable code. */
export function openAIError(error: unknown): { status: ContentfulStatusCode; body: { error: { message: string; type: string; param: string | null; code: string } } } {
  const tandemError = toTandemError(error);
  const status = httpStatusFor(tandemError.code) as ContentfulStatusCode;
  const type = status === 401 ? "authentication_error" : status === 429 ? "rate_limit_error" : status < 500 ? "invalid_request_error" : "server_error";
  return {
    status,
    body: {
      error: {
        message: tandemError.hint ? `${tandemError.message} (${tandemError.hint})` : tandemError.message,
        type,
        param: tandemError.path ?? null,
        code: tandemError.code,
      },
    },
  };
}

/** The one error renderer of the HTTP server: OpenAI's shape on /v1/chat/completions, `{error: TandemError}` elsewhere. */
export function errorResponse(context: Context<ServerEnv>, error: unknown): Response {
  const tandemError = toTandemError(error);
  const status = httpStatusFor(tandemError.code) as ContentfulStatusCode;
  const log = context.get("log");
  if (tandemError.code === "INTERNAL") log?.error({ code: tandemError.code, err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) }, "request failed");
  else if (status >= 500 && status !== 503) log?.warn({ code: tandemError.code, error: tandemError.message }, "request failed");
  if (context.req.path === "/v1/chat/completions") {
    const { body } = openAIError(tandemError);
    return context.json(body, status);
  }
  return context.json({ error: tandemError.toJSON() }, status);
}
