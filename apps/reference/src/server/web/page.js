// The conversation page (GET /). Each question becomes a turn: the question, then an answer card whose route badge
// arrives first, the answer streaming in as Markdown, "why" in plain words (collapsed) and the sources, each a link
// to the document with the cited span marked. Earlier turns go to the API as the conversation's history.
import { api, byIds, element, failureMessage, renderMarkdown, serverSentEvents, unreachableMessage } from "/common.js";

const [form, query, routeSelect, askButton, stopButton, newChatButton, status, conversation, intro] = byIds("ask-form", "query", "route", "ask", "stop", "new-chat", "status", "conversation", "intro");

// Answered turns, kept in this tab so the conversation survives opening a source and coming back.
const storageKey = "tandem-conversation";
let turns = [];
try {
  turns = JSON.parse(sessionStorage.getItem(storageKey) || "[]");
} catch {
  turns = [];
}
let running = null;

function save() {
  sessionStorage.setItem(storageKey, JSON.stringify(turns.slice(-20)));
}

function setStatus(text, isError) {
  status.textContent = text;
  status.classList.toggle("error", Boolean(isError));
}

function setBusy(busy) {
  askButton.disabled = busy;
  stopButton.disabled = !busy;
  newChatButton.disabled = busy;
}

/** The history the API routes the next question on: every answered turn, oldest first. */
function history() {
  return turns.flatMap((turn) => [
    { role: "user", content: turn.question },
    { role: "assistant", content: turn.answer.text, route: turn.answer.route },
  ]);
}

function badge(route) {
  return element("span", { className: "badge route-" + route, textContent: route, attrs: { "data-route": route } });
}

function numbersTable(numbers) {
  const rows = [];
  if (numbers.confidence !== null) rows.push(["confidence", String(numbers.confidence), ""]);
  if (numbers.scores) for (const [route, score] of Object.entries(numbers.scores)) rows.push(["probability " + route, String(score), ""]);
  for (const signal of numbers.signals) rows.push([signal.label, signal.value === null ? "–" : String(signal.value), signal.threshold === null ? "–" : String(signal.threshold)]);
  return element(
    "table",
    { className: "data-table" },
    element("thead", {}, element("tr", {}, element("th", { textContent: "", attrs: { scope: "col" } }), element("th", { textContent: "value", attrs: { scope: "col" } }), element("th", { textContent: "threshold", attrs: { scope: "col" } }))),
    element("tbody", {}, ...rows.map((row) => element("tr", {}, element("th", { textContent: row[0], attrs: { scope: "row" } }), element("td", { textContent: row[1] }), element("td", { textContent: row[2] })))),
  );
}

/** "Why rag?": collapsed; the plain sentence, its points, and the numbers behind a second toggle. */
function whyBlock(route, why) {
  return element(
    "details",
    { className: "why" },
    element("summary", { textContent: "Why " + route + "?" }),
    element("p", { className: "why-summary", textContent: why.summary }),
    why.points.length ? element("ul", {}, ...why.points.map((point) => element("li", { textContent: point }))) : null,
    why.numbers.signals.length || why.numbers.scores ? element("details", { className: "numbers" }, element("summary", { textContent: "The numbers" }), numbersTable(why.numbers)) : null,
  );
}

function sourceTitle(citation) {
  return citation.title || citation.source.split("/").pop().replace(/\.[a-z0-9]+$/i, "");
}

/** A citation's quote, rendered like the answer (a quoted table keeps its header). */
function quoteBlock(quote) {
  const block = element("blockquote", { className: "markdown" });
  block.innerHTML = renderMarkdown(quote);
  return block;
}

const plain = (text) => text.replace(/\[\d+\]/g, "").replace(/[\s|]+/g, " ").trim();

/**
 * Sources: one entry per citation, numbered as the answer's markers, each a link to the cited span. The quote is
 * shown unless the answer already says it word for word (the extractive reader quotes; a model paraphrases).
 */
function sourcesBlock(turnId, citations, answerText) {
  const said = plain(answerText);
  if (!citations.length) return null;
  return element(
    "section",
    { className: "sources", attrs: { "aria-label": "Sources" } },
    element("h3", { textContent: "Sources" }),
    element(
      "ol",
      { className: "source-list" },
      ...citations.map((citation) =>
        element(
          "li",
          { id: turnId + "-source-" + citation.marker },
          element("span", { className: "source-number", textContent: "[" + citation.marker + "]" }),
          element(
            "div",
            {},
            element("a", { href: "/sources/" + encodeURIComponent(citation.chunkId) + "?quote=" + encodeURIComponent(citation.quote.slice(0, 600)), textContent: sourceTitle(citation) }),
            element("span", { className: "source-path", textContent: citation.source }),
            said.includes(plain(citation.quote)) ? null : quoteBlock(citation.quote),
          ),
        ),
      ),
    ),
  );
}

/** Turns `[n]` in the rendered answer into links to source n of this turn (text nodes only; no HTML is parsed). */
function linkMarkers(container, turnId, citations) {
  const known = new Set(citations.map((citation) => citation.marker));
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) if (/\[\d+\]/.test(walker.currentNode.nodeValue)) nodes.push(walker.currentNode);
  for (const node of nodes) {
    const parts = node.nodeValue.split(/(\[\d+\])/);
    node.replaceWith(
      ...parts.map((part) => {
        const marker = /^\[(\d+)\]$/.exec(part);
        if (!marker || !known.has(Number(marker[1]))) return document.createTextNode(part);
        return element("a", { className: "marker", href: "#" + turnId + "-source-" + marker[1], textContent: part, attrs: { "aria-label": "source " + marker[1] } });
      }),
    );
  }
}

/** A turn's elements: the question, and an answer card filled in as events arrive. */
function createTurn(question) {
  const id = "turn-" + (conversation.children.length + 1);
  const head = element("div", { className: "answer-head" }, element("span", { className: "badge pending", textContent: "routing…" }));
  const text = element("div", { className: "answer-text markdown", attrs: { "aria-live": "polite", "aria-busy": "true", "data-streaming": "true", "data-events": "" } });
  const notice = element("div", { className: "notice", hidden: true, attrs: { role: "alert" } });
  const card = element("article", { className: "answer", attrs: { "aria-label": "Answer" } }, head, text, notice);
  const item = element("li", { className: "turn", id }, element("div", { className: "question" }, element("span", { className: "visually-hidden", textContent: "You asked: " }), question), card);
  conversation.append(item);
  intro.hidden = true;
  return { id, item, head, card, text, notice, raw: "", route: null, why: null };
}

function showRoute(turn, route, why, note) {
  turn.route = route;
  turn.head.replaceChildren(badge(route), ...(note ? [element("span", { textContent: note })] : []));
  turn.card.querySelector(".why")?.remove();
  if (why) turn.head.after(whyBlock(route, why));
}

let frame = 0;
function renderText(turn, streaming) {
  turn.text.innerHTML = renderMarkdown(turn.raw);
  if (streaming) {
    // The cursor goes at the end of the last text, inside its paragraph or cell.
    let last = turn.text;
    while (last.lastElementChild) last = last.lastElementChild;
    (last === turn.text ? turn.text : last).append(element("span", { className: "cursor", attrs: { "aria-hidden": "true" } }));
  }
}

function finishAnswer(turn, answer, why) {
  const notes = [answer.fallback ? "fell back from " + answer.fallback.from : answer.decision ? "" : "chosen by hand", answer.ms === undefined ? "" : Math.round(answer.ms) + " ms"];
  showRoute(turn, answer.route, why, notes.filter(Boolean).join(" · "));
  turn.raw = answer.text;
  renderText(turn, false);
  linkMarkers(turn.text, turn.id, answer.citations);
  turn.card.querySelector(".sources")?.remove();
  const sources = sourcesBlock(turn.id, answer.citations, answer.text);
  if (sources) turn.card.append(sources);
}

function endStreaming(turn) {
  turn.text.dataset.streaming = "false";
  turn.text.setAttribute("aria-busy", "false");
  turn.text.querySelector(".cursor")?.remove();
}

/** A turn that did not finish: the reason in plain words, and what was shown so far marked incomplete. */
function failTurn(turn, message, stopped) {
  endStreaming(turn);
  turn.card.classList.add("failed");
  turn.notice.classList.toggle("stopped", Boolean(stopped));
  turn.notice.textContent = turn.raw ? message + " What is shown above is incomplete." : message;
  turn.notice.hidden = false;
  if (turn.raw) turn.text.classList.add("incomplete");
  else turn.text.hidden = true;
  if (!turn.route) turn.head.replaceChildren(element("span", { className: "badge pending", textContent: stopped ? "stopped" : "no answer" }));
}

async function ask(question) {
  const turn = createTurn(question);
  const controller = new AbortController();
  running = controller;
  setBusy(true);
  setStatus("Routing your question…");
  turn.item.scrollIntoView({ block: "nearest" });
  const route = routeSelect.value;
  const body = { query: question, stream: true, ...(route ? { route } : {}), ...(turns.length ? { history: history() } : {}) };
  try {
    const response = await api("/v1/ask", { body, signal: controller.signal });
    if (!response.ok) throw new Error(await failureMessage(response));
    let done = null;
    for await (const { event, data } of serverSentEvents(response)) {
      turn.text.dataset.events += (turn.text.dataset.events ? "," : "") + event;
      if (event === "route") {
        showRoute(turn, data.route, data.why, data.forced ? "chosen by hand" : "");
        setStatus("Answering with " + data.route + "…");
        renderText(turn, true);
      } else if (event === "fallback") {
        showRoute(turn, data.route, null, data.from + " failed; " + data.route + " answers");
      } else if (event === "delta") {
        turn.raw += data.text;
        cancelAnimationFrame(frame);
        frame = requestAnimationFrame(() => renderText(turn, true));
      } else if (event === "done") {
        cancelAnimationFrame(frame);
        done = data;
        finishAnswer(turn, { ...data, ms: data.timings.totalMs }, data.why);
      } else if (event === "error") {
        throw new Error("The answer failed: " + data.error.message + ".");
      }
    }
    if (!done) throw new Error("The connection ended before the answer was complete.");
    endStreaming(turn);
    turns.push({ question, answer: { text: done.text, route: done.route, citations: done.citations, decision: Boolean(done.decision), fallback: done.fallback || null, ms: done.timings.totalMs }, why: done.why });
    save();
    setStatus("Answered by " + done.route + " in " + Math.round(done.timings.totalMs) + " ms.");
  } catch (error) {
    cancelAnimationFrame(frame);
    const stopped = controller.signal.aborted;
    const message = stopped ? "Stopped." : error instanceof TypeError ? unreachableMessage : error.message;
    failTurn(turn, message, stopped);
    setStatus(stopped ? "Stopped." : "No answer: see the message above.", !stopped);
    // The question goes back in the box, ready to send again.
    if (!query.value.trim()) query.value = question;
  } finally {
    running = null;
    setBusy(false);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  if (running) return;
  const question = query.value.trim();
  if (!question) {
    setStatus("Type a question first.", true);
    query.focus();
    return;
  }
  query.value = "";
  void ask(question);
});

// Enter sends, Shift+Enter starts a new line (and an IME's Enter confirms its text).
query.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    form.requestSubmit();
  }
});

stopButton.addEventListener("click", () => running?.abort());

newChatButton.addEventListener("click", () => {
  turns = [];
  save();
  conversation.replaceChildren();
  intro.hidden = false;
  setStatus("New conversation.");
  query.focus();
});

// The conversation so far (this tab), shown again after visiting a source.
for (const stored of turns) {
  const turn = createTurn(stored.question);
  endStreaming(turn);
  turn.text.dataset.events = "restored";
  finishAnswer(turn, { ...stored.answer, citations: stored.answer.citations || [], decision: stored.answer.decision }, stored.why);
}
if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
