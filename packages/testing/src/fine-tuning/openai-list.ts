import type { ServerResponse } from "node:http";
import { sendError, sendJson } from "../responses";

/**
 * One page of an OpenAI cursor list (`{object: "list", data, has_more}`), items given newest first.
 * `after` is the id of the last item of the previous page; the page holds the items after it in list order.
 */
export function cursorPage<Item extends { id: string }>(
  response: ServerResponse,
  items: readonly Item[],
  query: URLSearchParams,
  options: { defaultLimit?: number; maxLimit?: number; extra?: (page: Item[]) => Record<string, unknown> } = {},
): void {
  const limitText = query.get("limit");
  const limit = limitText === null ? (options.defaultLimit ?? 20) : Number(limitText);
  const maxLimit = options.maxLimit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxLimit) {
    sendError(response, 400, `Invalid 'limit': expected an integer between 1 and ${maxLimit}, got ${limitText}.`, "invalid_request_error", "invalid_value", "limit");
    return;
  }
  const after = query.get("after");
  let start = 0;
  if (after) {
    const position = items.findIndex((item) => item.id === after);
    if (position < 0) {
      sendError(response, 400, `Invalid 'after': no object with id ${after}.`, "invalid_request_error", "invalid_value", "after");
      return;
    }
    start = position + 1;
  }
  const page = items.slice(start, start + limit);
  sendJson(response, 200, { object: "list", data: page, has_more: start + limit < items.length, ...(options.extra?.(page) ?? {}) });
}
