// The source view (GET /sources/<chunk id>?quote=…): the document the answer cited, rebuilt from the index, with the
// quoted sentences (or the whole cited chunk) in <mark>, scrolled into view.
import { api, byIds, element, failureMessage, renderMarkdown, unreachableMessage } from "/common.js";

const [view, title, meta, status] = byIds("document", "source-title", "source-meta", "status");

// Private-use characters stand for the marks' ends while the text goes through Markdown.
const open = "\uE000";
const close = "\uE001";

function withSentinels(text, marks) {
  let result = "";
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    result += text.slice(at, mark.start) + open + text.slice(mark.start, mark.end) + close;
    at = mark.end;
  }
  return result + text.slice(at);
}

/** Wraps every stretch of text between the sentinels in <mark>, across paragraphs, list items and table cells. */
function markBetweenSentinels(container) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  let inside = false;
  for (const node of nodes) {
    const parts = node.nodeValue.split(/([\uE000\uE001])/);
    const replacement = [];
    for (const part of parts) {
      if (part === open) inside = true;
      else if (part === close) inside = false;
      else if (part) replacement.push(inside && part.trim() ? element("mark", { textContent: part }) : document.createTextNode(part));
    }
    node.replaceWith(...replacement);
  }
}

async function show() {
  const id = decodeURIComponent(location.pathname.split("/").pop() || "");
  const quote = new URLSearchParams(location.search).get("quote");
  let response;
  try {
    response = await api("/v1/sources/" + encodeURIComponent(id) + (quote ? "?quote=" + encodeURIComponent(quote) : ""));
  } catch {
    status.textContent = unreachableMessage;
    status.className = "notice";
    return;
  }
  if (!response.ok) {
    status.textContent = response.status === 404 ? "This source is no longer in the index (it may have been re-ingested)." : await failureMessage(response);
    status.className = "notice";
    return;
  }
  const source = await response.json();
  document.title = (source.title || source.source) + " — Tandem";
  title.textContent = source.title || source.source;
  meta.textContent = source.source + (source.headings ? " › " + source.headings : "");
  const text = withSentinels(source.text, source.marks);
  if (source.format === "markdown") {
    view.innerHTML = renderMarkdown(text);
  } else {
    view.classList.add("plain");
    view.textContent = text;
  }
  markBetweenSentinels(view);
  const first = view.querySelector("mark");
  if (first) {
    first.id = "cited";
    first.setAttribute("tabindex", "-1");
    first.scrollIntoView({ block: "center" });
    first.focus({ preventScroll: true });
  }
  status.textContent = first ? "The cited passage is highlighted." : "";
  view.hidden = false;
}

void show();
