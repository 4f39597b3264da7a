import type { ServerResponse } from "node:http";

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  response.end(text);
}

/** An OpenAI-shaped error: `{error: {message, type, code, param}}`. */
export function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  type = "server_error",
  code: string | null = null,
  param: string | null = null,
): void {
  sendJson(response, status, { error: { message, type, code, param } });
}
