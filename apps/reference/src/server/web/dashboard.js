// The router dashboard (GET /dashboard): live figures from the server's metrics (GET /v1/dashboard, refreshed every
// 10 s), and "try a policy": labelled queries pasted or uploaded, routed by the server (POST /v1/router/trial).
import { api, byIds, dataTable, element, failureMessage, percent, showSvg, unreachableMessage } from "/common.js";

const [live, liveStatus, tiles, routeMix, latency, states] = byIds("live", "live-status", "tiles", "route-mix-chart", "latency-chart", "states");

function tile(label, value, className) {
  return element("div", { className: "tile" }, element("dt", { textContent: label }), element("dd", { textContent: String(value), ...(className ? { className } : {}) }));
}

function renderLive(data) {
  const decided = data.decisions.tuned + data.decisions.rag + data.decisions.both;
  const fallbacks = data.fallbacks.reduce((sum, entry) => sum + entry.count, 0);
  tiles.replaceChildren(
    tile("decisions", decided),
    tile("tuned · rag · both", data.decisions.tuned + " · " + data.decisions.rag + " · " + data.decisions.both),
    tile("chosen by hand", data.decisions.forced),
    tile("fallbacks", fallbacks, fallbacks ? "state-warn" : ""),
    tile("refused (413/429)", data.requests.refused, data.requests.refused ? "state-warn" : ""),
    tile("server errors", data.requests.errors, data.requests.errors ? "state-bad" : ""),
  );
  showSvg(routeMix, data.charts.routeMix);
  showSvg(latency, data.charts.latency);
  const stateRows = data.circuits.map((circuit) => element("li", {}, "Circuit ", element("strong", { textContent: circuit.target }), ": ", element("span", { className: circuit.state === "closed" ? "state-ok" : circuit.state === "open" ? "state-bad" : "state-warn", textContent: circuit.state === "closed" ? "closed (healthy)" : circuit.state })));
  const chroma = data.chroma
    ? element("li", {}, "Chroma: ", element("span", { className: data.chroma.up ? "state-ok" : "state-bad", textContent: data.chroma.up ? "up" : "down" }), data.chroma.restarts ? " (restarted " + data.chroma.restarts + "×)" : "")
    : element("li", { textContent: "Chroma: not used (no RAG index configured)" });
  const fallbackRows = data.fallbacks.map((entry) => element("li", { textContent: "Fell back from " + entry.from + " to " + entry.to + ": " + entry.count + "×" }));
  states.replaceChildren(...stateRows, chroma, ...fallbackRows);
  live.dataset.loaded = "true";
  liveStatus.textContent = "Since " + new Date(data.since).toLocaleTimeString() + " · updated " + new Date().toLocaleTimeString();
  liveStatus.classList.remove("error");
}

async function refresh() {
  try {
    const response = await api("/v1/dashboard");
    if (!response.ok) throw new Error(await failureMessage(response));
    renderLive(await response.json());
  } catch (error) {
    liveStatus.textContent = error instanceof TypeError ? unreachableMessage : error.message;
    liveStatus.classList.add("error");
  }
}

void refresh();
setInterval(() => {
  if (!document.hidden) void refresh();
}, 10_000);

// Try a policy.
const [trialForm, trialText, trialFile, trialButton, trialStatus, trialResult] = byIds("trial-form", "trial-jsonl", "trial-file", "trial-run", "trial-status", "trial-result");

trialFile.addEventListener("change", async () => {
  const file = trialFile.files[0];
  if (file) trialText.value = await file.text();
});

function problemsList(problems) {
  if (!problems.length) return null;
  return element(
    "div",
    { className: "problems", attrs: { role: "alert" } },
    element("p", { textContent: problems.length + " line(s) could not be used:" }),
    element("ul", {}, ...problems.slice(0, 50).map((problem) => element("li", { textContent: "line " + problem.line + ": " + problem.message }))),
  );
}

function chart(svg, className) {
  const figure = element("figure", { className });
  showSvg(figure, svg);
  return figure;
}

function renderTrial(result) {
  const evaluation = result.evaluation;
  if (!evaluation) {
    trialResult.replaceChildren(problemsList(result.problems) || "", element("p", { textContent: "No labelled query to try: " + result.hint + "." }));
    return;
  }
  const report = evaluation.report;
  const curve = evaluation.curve;
  const routes = ["tuned", "rag", "both"];
  trialResult.replaceChildren(
    problemsList(result.problems) || "",
    element("p", {
      className: "trial-summary",
      textContent: "Accuracy " + percent(report.accuracy) + " on " + report.count + " queries (always tuned " + percent(report.baselines["always-tuned"]) + ", always rag " + percent(report.baselines["always-rag"]) + ", always both " + percent(report.baselines["always-both"]) + "). Relative cost per query " + curve.policy.cost.toFixed(2) + ".",
    }),
    element("div", { className: "charts" }, chart(result.charts.confusion, "confusion-chart"), chart(result.charts.perClass, "per-class-chart"), chart(result.charts.costQuality, "cost-quality-chart")),
    dataTable("Per route", ["route", "precision", "recall", "F1", "labelled"], routes.map((route) => [route, report.perClass[route].precision.toFixed(3), report.perClass[route].recall.toFixed(3), report.perClass[route].f1.toFixed(3), String(report.perClass[route].support)])),
    evaluation.mistakes.length
      ? element(
          "details",
          {},
          element("summary", { textContent: "Misrouted queries (" + evaluation.mistakes.length + ")" }),
          element("ol", { className: "misrouted" }, ...evaluation.mistakes.map((mistake) => element("li", {}, "line " + mistake.line + ": labelled " + mistake.expected + ", routed to " + mistake.predicted + " — " + mistake.query, element("span", { className: "why-line", textContent: mistake.why || "" })))),
        )
      : element("p", { textContent: "Every query went to its labelled route." }),
  );
}

trialForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const jsonl = trialText.value;
  if (!jsonl.trim()) {
    trialStatus.textContent = "Paste labelled queries or choose a file first.";
    trialStatus.classList.add("error");
    return;
  }
  const costs = Object.fromEntries(["tuned", "rag", "both"].map((route) => [route, Number(document.getElementById("cost-" + route).value)]));
  trialButton.disabled = true;
  trialStatus.textContent = "Routing the queries…";
  trialStatus.classList.remove("error");
  trialResult.dataset.state = "running";
  try {
    const response = await api("/v1/router/trial", { body: { jsonl, costs } });
    if (!response.ok) throw new Error(await failureMessage(response));
    const result = await response.json();
    renderTrial(result);
    trialStatus.textContent = result.evaluation ? "Routed " + result.count + " queries." : "Nothing was routed.";
    trialResult.dataset.state = "done";
  } catch (error) {
    trialResult.replaceChildren();
    trialResult.dataset.state = "failed";
    trialStatus.textContent = error instanceof TypeError ? unreachableMessage : error.message;
    trialStatus.classList.add("error");
  } finally {
    trialButton.disabled = false;
  }
});
