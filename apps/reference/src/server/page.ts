// The web pages — the conversation (/), the dashboard (/dashboard) and the source view (/sources/<id>) — as static
// HTML shells, and the files they load (scripts, style, markdown-it and DOMPurify from npm), served by the app
// itself: no CDN, works offline, and the Content-Security-Policy allows no inline script. The pages carry no data;
// their scripts fetch it from /v1/*, with the API key when the server needs one.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { escapeHtml, htmlDocument } from "../reports/html";
import type { RuntimeDescription } from "../runtime/runtime";

const require = createRequire(import.meta.url);
const webFile = (name: string) => readFileSync(new URL(`./web/${name}`, import.meta.url), "utf8");
const javascript = "text/javascript; charset=utf-8";

/** Every file the pages load, by path: content and type. */
export const webAssets: Record<string, { body: string; type: string }> = {
  "/page.js": { body: webFile("page.js"), type: javascript },
  "/dashboard.js": { body: webFile("dashboard.js"), type: javascript },
  "/source.js": { body: webFile("source.js"), type: javascript },
  "/common.js": { body: webFile("common.js"), type: javascript },
  "/tandem.css": { body: webFile("tandem.css"), type: "text/css; charset=utf-8" },
  "/favicon.svg": { body: webFile("favicon.svg"), type: "image/svg+xml" },
  "/vendor/markdown-it.js": { body: readFileSync(require.resolve("markdown-it/browser"), "utf8"), type: javascript },
  "/vendor/purify.js": { body: readFileSync(require.resolve("dompurify/purify.min.js"), "utf8"), type: javascript },
};

/** The page script, as served at /page.js. */
export const pageScript = webAssets["/page.js"]?.body ?? "";

/** The pages: their title, script and body (the header, the banner and the scripts are the same on each). */
const pages = {
  ask: { path: "/", title: "Tandem", script: "/page.js", body: `<main class="chat wrap" id="main">
  <section class="intro" id="intro" aria-label="How questions are routed">
    <p>Ask a question. Tandem sends it to the tuned model, to the documents, or to both, and each answer says which and why. Follow-up questions use the conversation so far.</p>
    <ul class="routes-legend">
      <li><span class="badge route-tuned">tuned</span> a task the model was fine-tuned for: its format, tone and skills</li>
      <li><span class="badge route-rag">rag</span> facts from the documents, quoted with their sources</li>
      <li><span class="badge route-both">both</span> a trained task that needs facts from the documents</li>
    </ul>
  </section>
  <ol id="conversation" class="conversation" aria-label="Conversation"></ol>
</main>
<form id="ask-form" class="composer" aria-label="Ask a question">
  <div class="wrap">
    <label for="query" class="visually-hidden">Your question</label>
    <textarea id="query" name="query" rows="2" placeholder="Ask a question… (Enter to send, Shift+Enter for a new line)"></textarea>
    <div class="controls">
      <label for="route">Route</label>
      <select id="route" name="route">
        <option value="">auto</option><option value="tuned">tuned</option><option value="rag">rag</option><option value="both">both</option>
      </select>
      <button id="new-chat" type="button" title="Start a new conversation">New</button>
      <button id="stop" type="button" disabled>Stop</button>
      <button id="ask" type="submit" class="primary">Ask</button>
    </div>
    <p id="status" class="status" role="status" aria-live="polite"></p>
  </div>
</form>` },
  dashboard: { path: "/dashboard", title: "Router dashboard — Tandem", script: "/dashboard.js", body: `<main class="dashboard wrap" id="main">
  <h1>Router dashboard</h1>
  <p class="lede">What the router has been doing since the server started (the figures behind <code>/metrics</code>), and what a set of labelled questions says about it.</p>
  <section class="panel" id="live" aria-labelledby="live-heading" data-loaded="false">
    <h2 id="live-heading">Live</h2>
    <p id="live-status" class="status" role="status" aria-live="polite">Loading…</p>
    <dl class="tiles" id="tiles"></dl>
    <div class="charts">
      <figure id="route-mix-chart" class="route-mix-chart"></figure>
      <figure id="latency-chart" class="latency-chart"></figure>
    </div>
    <h3>Health</h3>
    <ul id="states"></ul>
  </section>
  <section class="panel" aria-labelledby="trial-heading">
    <h2 id="trial-heading">Try a policy</h2>
    <p class="lede">Paste or upload labelled questions, one JSON object a line: <code>{"query": "…", "route": "tuned" | "rag" | "both"}</code>. The router as configured now routes each one; you get the confusion matrix, precision and recall per route, and cost against quality beside always sending everything to one route.</p>
    <form id="trial-form" class="trial-form">
      <label for="trial-jsonl">Labelled questions (JSONL)</label>
      <textarea id="trial-jsonl" name="jsonl" spellcheck="false" placeholder='{"query": "How much does the Pro plan cost per month?", "route": "rag"}'></textarea>
      <label for="trial-file">…or upload a .jsonl file</label>
      <input id="trial-file" type="file" accept=".jsonl,.json,.txt,application/json">
      <fieldset class="cost-inputs">
        <legend>Relative cost of one question on each route</legend>
        <label for="cost-tuned">tuned <input id="cost-tuned" type="number" min="0" step="0.1" value="1"></label>
        <label for="cost-rag">rag <input id="cost-rag" type="number" min="0" step="0.1" value="2"></label>
        <label for="cost-both">both <input id="cost-both" type="number" min="0" step="0.1" value="3"></label>
        <button id="trial-run" type="submit" class="primary">Try it</button>
      </fieldset>
      <p id="trial-status" class="status" role="status" aria-live="polite"></p>
    </form>
    <div id="trial-result" data-state="idle"></div>
  </section>
</main>` },
  source: { path: "/sources/:id", title: "Source — Tandem", script: "/source.js", body: `<main class="source-view wrap" id="main">
  <p><a href="/">← Back to the conversation</a></p>
  <h1 id="source-title">Source</h1>
  <p id="source-meta" class="source-meta"></p>
  <p id="status" role="status" aria-live="polite">Loading the document…</p>
  <article id="document" class="document markdown" hidden></article>
</main>` },
} as const;

export type PageName = keyof typeof pages;

/**
 * The one banner: which stand-ins answer and how to connect real models (offline), which models answer (online),
 * or that a key is needed (the visitor has not sent one, so no models are named).
 */
function banner(description: RuntimeDescription | undefined): string {
  if (!description) return `<p id="models-banner" class="banner">This server needs an API key: you will be asked for it.</p>`;
  const models = description.models;
  if (!models.offline) {
    const named = [models.tuned ? `tuned model ${models.tuned}` : "", models.reader ? `reader ${models.reader}` : ""].filter(Boolean).join(", ");
    return `<p id="models-banner" class="banner online">Models: ${escapeHtml(named || description.modelsText)}.</p>`;
  }
  const standIns = [
    description.tuned ? "an example-memory model replays the nearest training answer for the tuned model" : "",
    description.rag ? "an extractive reader quotes the documents" : "",
  ].filter(Boolean);
  return `<p id="models-banner" class="banner"><strong>Offline demo</strong> — stand-ins answer: ${escapeHtml(standIns.join("; "))}. For real models, set <code>OPENAI_API_KEY</code> or <code>OPENAI_BASE_URL</code>.</p>`;
}

/**
 * A page as HTML: GET / (the conversation), GET /dashboard (live routing figures and "try a policy") and
 * GET /sources/<chunk id> (the cited document with the cited span marked). Without a description (API keys are
 * required and the visitor has not sent one), the banner names no models.
 */
export function renderWebPage(name: PageName, description: RuntimeDescription | undefined): string {
  const page = pages[name];
  const link = (target: PageName, text: string) => `<a href="${pages[target].path}"${name === target ? ' aria-current="page"' : ""}>${text}</a>`;
  return htmlDocument({
    title: page.title,
    head: `<link rel="stylesheet" href="/tandem.css">\n<link rel="icon" href="/favicon.svg" type="image/svg+xml">`,
    body: `<header class="top">
  <a class="brand" href="/">Tandem</a>
  <nav aria-label="Pages">${link("ask", "Ask")}${link("dashboard", "Dashboard")}</nav>
</header>
${banner(description)}
${page.body}
<script src="/vendor/markdown-it.js"></script>
<script src="/vendor/purify.js"></script>
<script type="module" src="${page.script}"></script>`,
  });
}
