import { escapeHtml } from "../reports/escape-html";
import type { RuntimeDescription } from "../runtime/runtime";


/**
 * The minimal web UI: one question box, the answer, who served it and why, and the sources. Its script is served
 * apart (`/page.js`), so the Content-Security-Policy allows no inline script. Without a description (API keys are
 * required and the visitor has not sent one), the page names no models.
 */
export function renderPage(description: RuntimeDescription | undefined): string {
  const banner = !description
    ? `<p id="models-banner" class="banner">This server needs an API key: you will be asked for it.</p>`
    : description.models.offline
    ? `<p id="models-banner" class="banner">Offline models in use: ${escapeHtml(description.modelsText)}</p>`
    : `<p id="models-banner" class="banner online">${escapeHtml(description.modelsText)}</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tandem</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; color: #1d232a; }
  h1 { margin-bottom: 0.2rem; } .sub { color: #5b6670; margin-top: 0; }
  .banner { background: #fff6dd; border: 1px solid #e9cf7a; padding: 0.5rem 0.75rem; border-radius: 6px; font-size: 0.9rem; }
  .banner.online { background: #e8f6ec; border-color: #9fd3ad; }
  form { display: flex; gap: 0.5rem; margin: 1rem 0; }
  textarea { flex: 1; font: inherit; padding: 0.5rem; min-height: 3.2rem; }
  select, button { font: inherit; padding: 0.4rem 0.8rem; }
  #route-badge { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 999px; color: white; font-weight: 600; }
  .route-tuned { background: #7048e8; } .route-rag { background: #1c7ed6; } .route-both { background: #2b8a3e; }
  #answer { white-space: pre-wrap; background: #f6f8fa; padding: 0.75rem; border-radius: 6px; }
  #citations li { margin-bottom: 0.5rem; } .quote { color: #495057; font-style: italic; white-space: pre-line; }
  .error { color: #c92a2a; white-space: pre-wrap; } [hidden] { display: none; }
</style>
</head>
<body>
<h1>Tandem</h1>
<p class="sub">Each question goes to the tuned model, the RAG chain, or both — and the answer says who served it and why.</p>
${banner}
<form id="ask-form">
  <textarea id="query" name="query" placeholder="Ask a question…" required></textarea>
  <div>
    <select id="route" name="route" aria-label="route">
      <option value="">auto</option><option value="tuned">tuned</option><option value="rag">rag</option><option value="both">both</option>
    </select>
    <button id="ask" type="submit">Ask</button>
  </div>
</form>
<p id="status" role="status"></p>
<section id="result" hidden>
  <p>Route: <span id="route-badge"></span> <span id="confidence"></span></p>
  <ul id="reasons"></ul>
  <div id="answer" data-streaming="false" aria-live="polite"></div>
  <h3>Sources</h3>
  <ol id="citations"></ol>
</section>
<script type="module" src="/page.js"></script>
</body>
</html>`;
}

/** The page's script (GET /page.js). */
export const pageScript = `const form = document.getElementById("ask-form");
const status = document.getElementById("status");
const result = document.getElementById("result");
// The API key, when the server asks for one, lives in this tab's sessionStorage only.
function requestHeaders() {
  const key = sessionStorage.getItem("tandem-api-key");
  return key ? { "content-type": "application/json", authorization: "Bearer " + key } : { "content-type": "application/json" };
}
function item(text, className) {
  const element = document.createElement("li");
  element.textContent = text;
  if (className) element.className = className;
  return element;
}
function showRoute(event) {
  const badge = document.getElementById("route-badge");
  badge.textContent = event.route; badge.className = "route-" + event.route;
  document.getElementById("confidence").textContent = event.decision ? "(confidence " + event.decision.confidence.toFixed(2) + ")" : "(forced)";
  const reasons = document.getElementById("reasons");
  reasons.replaceChildren(...(event.decision ? event.decision.reasons : ["route chosen by hand"]).map((reason) => item(reason)));
}
function showAnswer(answer) {
  document.getElementById("answer").textContent = answer.text;
  if (answer.fallback) document.getElementById("confidence").textContent += " — fell back from " + answer.fallback.from;
  if (answer.execution) document.getElementById("confidence").textContent += " — " + answer.execution.strategy + ": " + answer.execution.chosen;
  const citations = document.getElementById("citations");
  citations.replaceChildren(...answer.citations.map((citation) => {
    const element = item("[" + citation.marker + "] " + citation.source + (citation.title ? " — " + citation.title : ""));
    const quote = document.createElement("div"); quote.className = "quote"; quote.textContent = "“" + citation.quote + "”";
    element.append(quote);
    return element;
  }));
  if (answer.citations.length === 0) citations.replaceChildren(item("none"));
  status.textContent = "Answered in " + Math.round(answer.timings.totalMs) + " ms";
}
// Reads Server-Sent Events from a fetch response: yields {event, data}.
async function* serverSentEvents(response) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    buffer += decoder.decode(value || new Uint8Array(), { stream: !done });
    let end;
    while ((end = buffer.indexOf("\\n\\n")) >= 0) {
      const block = buffer.slice(0, end); buffer = buffer.slice(end + 2);
      let event = "message"; const data = [];
      for (const line of block.split("\\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      yield { event, data: JSON.parse(data.join("\\n")) };
    }
    if (done) return;
  }
}
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const query = document.getElementById("query").value.trim();
  const route = document.getElementById("route").value;
  if (!query) return;
  status.textContent = "Thinking…"; status.className = "";
  const answer = document.getElementById("answer");
  answer.textContent = ""; answer.dataset.events = ""; answer.dataset.streaming = "true";
  document.getElementById("citations").replaceChildren();
  try {
    const body = JSON.stringify(route ? { query, route, stream: true } : { query, stream: true });
    let response = await fetch("/v1/ask", { method: "POST", headers: requestHeaders(), body });
    if (response.status === 401) {
      const key = window.prompt("This server needs an API key (kept in this tab only):");
      if (key) sessionStorage.setItem("tandem-api-key", key.trim());
      response = await fetch("/v1/ask", { method: "POST", headers: requestHeaders(), body });
    }
    if (!response.ok) {
      const body = await response.json();
      throw new Error(body.error ? body.error.message : response.statusText);
    }
    for await (const { event: type, data } of serverSentEvents(response)) {
      answer.dataset.events += (answer.dataset.events ? "," : "") + type;
      if (type === "route") { showRoute(data); result.hidden = false; status.textContent = "Answering…"; }
      else if (type === "fallback") { showRoute({ route: data.route, decision: null }); document.getElementById("confidence").textContent = "(fell back from " + data.from + ")"; }
      else if (type === "delta") answer.textContent += data.text;
      else if (type === "done") showAnswer(data);
      else if (type === "error") throw new Error(data.error.message);
    }
  } catch (error) {
    status.textContent = String(error.message || error); status.className = "error";
  } finally {
    answer.dataset.streaming = "false";
  }
});
`;
