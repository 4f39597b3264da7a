import type { RuntimeDescription } from "../runtime/runtime";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The minimal web UI: one question box, the answer, who served it and why, and the sources. */
export function renderPage(description: RuntimeDescription): string {
  const banner = description.models.offline
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
  #citations li { margin-bottom: 0.5rem; } .quote { color: #495057; font-style: italic; }
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
  <div id="answer"></div>
  <h3>Sources</h3>
  <ol id="citations"></ol>
</section>
<script type="module">
const form = document.getElementById("ask-form");
const status = document.getElementById("status");
const result = document.getElementById("result");
function item(text, className) {
  const element = document.createElement("li");
  element.textContent = text;
  if (className) element.className = className;
  return element;
}
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const query = document.getElementById("query").value.trim();
  const route = document.getElementById("route").value;
  if (!query) return;
  status.textContent = "Thinking…"; status.className = "";
  try {
    const response = await fetch("/v1/ask", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(route ? { query, route } : { query }),
    });
    const body = await response.json();
    if (!response.ok) throw new Error(body.error ? body.error.message : response.statusText);
    const badge = document.getElementById("route-badge");
    badge.textContent = body.route; badge.className = "route-" + body.route;
    document.getElementById("confidence").textContent = body.decision
      ? "(confidence " + body.decision.confidence.toFixed(2) + ")" + (body.fallback ? " — fell back from " + body.fallback.from : "")
      : "(forced)";
    const reasons = document.getElementById("reasons");
    reasons.replaceChildren(...(body.decision ? body.decision.reasons : ["route chosen by hand"]).map((reason) => item(reason)));
    document.getElementById("answer").textContent = body.text;
    const citations = document.getElementById("citations");
    citations.replaceChildren(...body.citations.map((citation) => {
      const element = item("[" + citation.marker + "] " + citation.source + (citation.title ? " — " + citation.title : ""));
      const quote = document.createElement("div"); quote.className = "quote"; quote.textContent = "“" + citation.quote + "”";
      element.append(quote);
      return element;
    }));
    if (body.citations.length === 0) citations.replaceChildren(item("none"));
    result.hidden = false;
    status.textContent = "Answered in " + Math.round(body.timings.totalMs) + " ms";
  } catch (error) {
    status.textContent = String(error.message || error); status.className = "error";
  }
});
</script>
</body>
</html>`;
}
