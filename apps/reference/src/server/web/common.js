// Shared by the page scripts (/page.js, /dashboard.js, /source.js): API calls with the key, Server-Sent Events,
// sanitised Markdown, sanitised SVG, and the wording of errors. markdown-it and DOMPurify are loaded before the
// modules as /vendor/markdown-it.js and /vendor/purify.js (globals `markdownit` and `DOMPurify`).

// The API key, when the server asks for one, lives in this tab's sessionStorage only.
const keyName = "tandem-api-key";

function headers(json) {
  const key = sessionStorage.getItem(keyName);
  return { ...(json ? { "content-type": "application/json" } : {}), ...(key ? { authorization: "Bearer " + key } : {}) };
}

/**
 * fetch() against the API: JSON body, the key in the Authorization header, and on 401 one prompt for a key (kept
 * in this tab) and one retry. Rejects like fetch() when the server cannot be reached.
 */
export async function api(path, { body, signal, method } = {}) {
  const init = () => ({ method: method || (body === undefined ? "GET" : "POST"), headers: headers(body !== undefined), signal, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  let response = await fetch(path, init());
  if (response.status === 401) {
    const key = window.prompt("This server needs an API key (kept in this tab only):");
    if (key && key.trim()) {
      sessionStorage.setItem(keyName, key.trim());
      response = await fetch(path, init());
    }
  }
  return response;
}

/** A failed response as a sentence a person can act on (413 and 429 keep the server's reason). */
export async function failureMessage(response) {
  let error = {};
  try {
    error = (await response.json()).error || {};
  } catch {
    // not JSON (a proxy's page): the status says enough
  }
  const reason = error.message || response.statusText || "no reason given";
  switch (response.status) {
    case 401:
      return "This server needs an API key. Ask again and enter the key when asked.";
    case 413:
      return "Too long for this server: " + reason + ". Shorten the text and try again.";
    case 429:
      return "The server is busy: " + reason + "." + (response.headers.get("retry-after") ? " Try again in " + response.headers.get("retry-after") + " s." : "");
    case 400:
      return "The server could not use this request: " + reason + ".";
    case 503:
      return "The server cannot answer right now: " + reason + ".";
    default:
      return "The server answered " + response.status + ": " + reason + ".";
  }
}

/** The message for a fetch() that never got a response. */
export const unreachableMessage = "Cannot reach the Tandem server. Check that `tandem serve` is still running, then try again.";

/** Reads Server-Sent Events from a fetch response: yields {event, data}. */
export async function* serverSentEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value || new Uint8Array(), { stream: !done });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = "message";
      const data = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      yield { event, data: JSON.parse(data.join("\n")) };
    }
    if (done) return;
  }
}

// Raw HTML in documents and model output is never passed through: markdown-it escapes it (html: false), and
// DOMPurify cleans what markdown-it produced before it reaches the DOM.
const markdown = window.markdownit({ html: false, linkify: false, typographer: false, breaks: true });

/** Markdown → sanitised HTML. A table row ending in citation markers keeps them in its last cell. */
export function renderMarkdown(text) {
  const prepared = text.replace(/^(\s*\|.*\|)[ \t]*((?:\[\d+\][ \t]*)+)$/gm, (_line, row, markers) => row.replace(/\|\s*$/, " " + markers.trim() + " |"));
  return window.DOMPurify.sanitize(markdown.render(prepared), { USE_PROFILES: { html: true } });
}

/** Puts a server-drawn SVG chart into `container`, sanitised. */
export function showSvg(container, svg) {
  container.innerHTML = window.DOMPurify.sanitize(svg, { USE_PROFILES: { svg: true, svgFilters: true }, ADD_ATTR: ["role", "aria-label"] });
}

/** The page's elements by id, in the order asked for. */
export const byIds = (...ids) => ids.map((id) => document.getElementById(id));

/** document.createElement with properties, attributes (`attrs`) and children. */
export function element(tag, properties = {}, ...children) {
  const { attrs, ...rest } = properties;
  const node = Object.assign(document.createElement(tag), rest);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  node.append(...children.filter((child) => child !== undefined && child !== null && child !== false));
  return node;
}

/** A small table: a header row and rows of cells (strings). */
export function dataTable(caption, header, rows) {
  return element(
    "table",
    { className: "data-table" },
    element("caption", { className: "visually-hidden", textContent: caption }),
    element("thead", {}, element("tr", {}, ...header.map((cell) => element("th", { textContent: cell, attrs: { scope: "col" } })))),
    element("tbody", {}, ...rows.map((row) => element("tr", {}, ...row.map((cell, index) => element(index === 0 ? "th" : "td", { textContent: cell, ...(index === 0 ? { attrs: { scope: "row" } } : {}) }))))),
  );
}

export const percent = (value) => (value * 100).toFixed(1) + "%";
