// The web app in a real browser (Debian chromium through playwright-core), at a desktop width (1280 px) and a
// phone's (390 px): the conversation, readable answers, sources you can open, stop, error states, and the dashboard.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverConfigSchema } from "../src/config/server-config-schema";
import { loadConfig } from "../src/config/load-config";
import { type Runtime } from "../src/runtime/runtime";
import { openRuntime } from "../src/runtime/open-runtime";
import { type RunningServer, startHttpServer } from "../src/server/serve";
import { chromiumPath, launchChromium, makeProject, sampleDataset } from "./helpers";

const browserAvailable = existsSync(chromiumPath);
if (!browserAvailable && process.env.CI) throw new Error(`${chromiumPath} is required in CI for the browser tests (.ci/run installs it)`);

let runtime: Runtime;
let server: RunningServer;
let browser: Browser;
/** A server with a 4 KiB body limit, for the 413 state. */
let small: RunningServer;

beforeAll(async () => {
  const project = makeProject();
  // A document carrying raw HTML: none of it may reach the DOM as markup.
  writeFileSync(
    join(project, "corpus", "html-canary.md"),
    '# Canary notes\n\nThe zebra-quartz canary reads <img src=x onerror="window.pwned=1"> and <script>window.pwned=2</script> verbatim.\n',
  );
  runtime = await openRuntime(loadConfig(join(project, "tandem.config.yaml"), {}), { needs: "serve", log: () => {} });
  server = await startHttpServer(runtime, { host: "127.0.0.1", port: 0 });
  small = await startHttpServer(runtime, { host: "127.0.0.1", port: 0, server: serverConfigSchema.parse({ limits: { bodyBytes: 4096 } }) });
  if (browserAvailable) browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await small?.close();
  await server?.close();
  await runtime?.close();
});

const turn = (page: Page, index: number) => page.locator(`.turn:nth-child(${index})`);

/** Types a question, sends it with Enter, and waits until that turn's answer has stopped streaming. */
async function ask(page: Page, index: number, question: string): Promise<void> {
  await page.fill("#query", question);
  await page.press("#query", "Enter");
  await turn(page, index).locator('.answer-text[data-streaming="false"]').waitFor({ state: "attached", timeout: 60_000 });
}

/** Form controls with no accessible name (a <label>, aria-label or text). */
const unlabelled = (page: Page) =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll("textarea, select, input, button"))
      .filter((control) => !((control as HTMLInputElement).labels?.length || control.getAttribute("aria-label") || control.textContent?.trim()))
      .map((control) => control.id || control.outerHTML.slice(0, 60)),
  );

/** Whether an element lies within the viewport (vertically). */
const inViewport = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight;
  });

describe.skipIf(!browserAvailable).each([1280, 390])("the web app at %i px (Debian chromium)", (width) => {
  const open = async (path = "/", base = server.url) => {
    const page = await browser.newPage({ viewport: { width, height: 860 } });
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
    await page.goto(`${base}${path}`);
    return Object.assign(page, { problems });
  };

  it("holds a three-turn conversation with a follow-up: each answer its own route badge and plain-words why", async () => {
    const page = await open();
    const sent: { history?: unknown[] }[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/v1/ask")) sent.push(request.postDataJSON() as { history?: unknown[] });
    });
    expect(await page.locator("#models-banner").textContent()).toMatch(/^Offline demo — stand-ins answer: .*example-memory model.*extractive reader.*OPENAI_API_KEY or OPENAI_BASE_URL/);
    // Shift+Enter is a new line, not a question.
    await page.fill("#query", "first line");
    await page.press("#query", "Shift+Enter");
    expect(await page.inputValue("#query")).toBe("first line\n");
    expect(await page.locator(".turn").count()).toBe(0);
    // A blank question sends nothing and says so.
    await page.fill("#query", "   ");
    await page.press("#query", "Enter");
    expect(await page.locator(".turn").count()).toBe(0);
    expect(await page.locator("#status").textContent()).toBe("Type a question first.");

    await ask(page, 1, "How long are daily backups retained on Enterprise?");
    await ask(page, 2, "and on Pro?");
    await ask(page, 3, "Triage this ticket: our pooler rejects connections since this morning");
    expect(await page.locator(".turn").count()).toBe(3);
    expect(await page.locator(".turn .badge").allTextContents()).toEqual(["rag", "rag", "tuned"]);
    // The follow-up was sent with the conversation so far, and read in its light.
    expect(sent.map((body) => body.history?.length ?? 0)).toEqual([0, 2, 4]);
    expect(await turn(page, 2).locator(".answer-text").textContent()).toMatch(/14 days/);
    // Each "why" is collapsed, in plain words, with the numbers behind a second toggle.
    for (const index of [1, 2, 3]) {
      const why = turn(page, index).locator("details.why");
      expect(await why.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
      // By keyboard for the first, by pointer for the others.
      if (index === 1) {
        await why.locator("> summary").focus();
        await page.keyboard.press("Enter");
      } else {
        await why.locator("> summary").click();
      }
      expect(await why.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true);
      const summary = (await why.locator(".why-summary").textContent()) ?? "";
      expect(summary).toMatch(/→ (rag|tuned)$/);
      expect(await why.locator("details.numbers").evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false);
    }
    expect(await turn(page, 2).locator(".why li").allTextContents()).toContain("Read as a follow-up: “How long are daily backups retained on Pro?”.");
    expect(await turn(page, 3).locator(".why-summary").textContent()).toBe("Looks like a task the tuned model learned, and the documents say little about it → tuned");
    const whyText = (await page.locator(".why").allTextContents()).join(" ");
    expect(whyText).not.toMatch(/\b(triag|repli|custom|connect|reject|retain)\b/);
    expect(whyText).not.toMatch(/probe|rag-on-tuned|answerability/);
    // Ask is enabled again, Stop disabled, and the status names the route.
    expect(await page.isEnabled("#ask")).toBe(true);
    expect(await page.isDisabled("#stop")).toBe(true);
    expect(await page.locator("#status").textContent()).toMatch(/^Answered by tuned in \d+ ms\.$/);
    // No horizontal scrolling at this width; every control labelled.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await unlabelled(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it("renders Markdown with the table's header, links citation markers to their sources, and lets no raw HTML through", async () => {
    const page = await open();
    await ask(page, 1, "How long are daily backups retained on Enterprise?");
    const answer = turn(page, 1).locator(".answer-text");
    expect(await answer.locator("table thead th").allTextContents()).toEqual(["Plan", "Daily backup retention", "Manual backups kept"]);
    expect(await answer.locator("table tbody tr").count()).toBe(1);
    expect(await answer.textContent()).not.toContain("|---");
    const marker = answer.locator("a.marker").first();
    const target = await marker.getAttribute("href");
    expect(target).toMatch(/^#turn-1-source-\d+$/);
    expect(await page.locator(target as string).count()).toBe(1);
    // Sources: numbered as the markers, titled, each a link to its document; the quote is not shown again when the
    // answer already says it word for word (the extractive reader quotes).
    const source = turn(page, 1).locator(".source-list li").first();
    expect(await source.locator(".source-number").textContent()).toMatch(/^\[\d+\]$/);
    expect(await source.locator("a").textContent()).toBe("Backups");
    expect(await source.locator("a").getAttribute("href")).toMatch(/^\/sources\/[0-9a-f]+\?quote=/);
    expect(await source.locator("blockquote").count()).toBe(0);

    await ask(page, 2, "What does the zebra-quartz canary read?");
    const canary = turn(page, 2).locator(".answer-text");
    expect(await canary.textContent()).toContain('<img src=x onerror="window.pwned=1">');
    expect(await page.locator(".turn img, .turn script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    // A forced route answers with no sources: no sources block at all.
    await page.selectOption("#route", "tuned");
    await ask(page, 3, "Triage this ticket: backups fail");
    expect(await turn(page, 3).locator(".answer-head").textContent()).toContain("chosen by hand");
    expect(await turn(page, 3).locator(".sources").count()).toBe(0);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it("opens a source at /sources/<id> with the cited span in <mark>, scrolled into view, and comes back to the conversation", async () => {
    const page = await open();
    await ask(page, 1, "What is the autoscaling maximum on Pro and on Enterprise?");
    const link = turn(page, 1).locator(".source-list a").first();
    const quote = new URL((await link.getAttribute("href")) ?? "", server.url).searchParams.get("quote") ?? "";
    await link.click();
    await page.waitForURL(/\/sources\/[0-9a-f]+\?quote=/);
    await page.locator("#document mark").first().waitFor({ timeout: 30_000 });
    expect(await page.locator("#source-title").textContent()).toBe("Autoscaling");
    const marked = (await page.locator("#document mark").allTextContents()).join(" ");
    expect(marked.length).toBeGreaterThan(10);
    expect(quote.replace(/\s+/g, " ")).toContain(marked.replace(/\s+/g, " ").trim().slice(0, 40));
    // The whole document is there (its heading), not just the chunk; the first mark is in view.
    expect(await page.locator("#document h1").textContent()).toBe("Autoscaling");
    expect(await inViewport(page, "#cited")).toBe(true);
    await page.click("text=← Back to the conversation");
    await page.locator(".turn").first().waitFor();
    expect(await page.locator(".turn .badge").allTextContents()).toEqual(["rag"]);
    // An id the index does not hold says so.
    await page.goto(`${server.url}/sources/ffffffffffffffffffffffffffffffff`);
    await expect.poll(() => page.locator("#status").textContent(), { timeout: 30_000 }).toMatch(/no longer in the index/);
    expect(page.problems).toEqual([]);
    await page.close();
  });

  it("Stop aborts the request; Ask is disabled while it runs", async () => {
    const page = await open();
    // The server never answers this one (held here), so only Stop can end it.
    await page.route("**/v1/ask", () => {});
    await page.fill("#query", "How long are daily backups retained on Pro?");
    await page.click("#ask");
    await turn(page, 1).waitFor();
    expect(await page.isDisabled("#ask")).toBe(true);
    expect(await page.isEnabled("#stop")).toBe(true);
    await page.click("#stop");
    await expect.poll(() => turn(page, 1).locator(".notice").textContent()).toBe("Stopped.");
    expect(await turn(page, 1).locator(".badge").textContent()).toBe("stopped");
    expect(await turn(page, 1).locator('.answer-text[data-streaming="false"]').count()).toBe(1);
    expect(await page.isEnabled("#ask")).toBe(true);
    expect(await page.isDisabled("#stop")).toBe(true);
    // The stopped question is back in the box, ready to send again.
    expect(await page.inputValue("#query")).toBe("How long are daily backups retained on Pro?");
    await page.unroute("**/v1/ask");
    await ask(page, 2, "How long are daily backups retained on Pro?");
    expect(await turn(page, 2).locator(".badge").textContent()).toBe("rag");
    await page.close();
  });

  it("says plainly when the server is down or the question is too large (413), and never leaves an old answer looking current", async () => {
    const extra = await startHttpServer(runtime, { host: "127.0.0.1", port: 0 });
    const page = await open("/", extra.url);
    await ask(page, 1, "How long are daily backups retained on Enterprise?");
    await extra.close();
    await ask(page, 2, "and on Pro?");
    const failed = turn(page, 2);
    expect(await failed.locator(".notice").textContent()).toMatch(/^Cannot reach the Tandem server\. Check that `tandem serve` is still running/);
    expect(await failed.locator(".notice").getAttribute("role")).toBe("alert");
    expect(await failed.locator(".badge").textContent()).toBe("no answer");
    expect(await failed.locator(".answer-text").isHidden()).toBe(true);
    expect(await page.locator(".turn").last().locator(".notice").isVisible()).toBe(true);
    expect(await page.locator("#status").getAttribute("class")).toContain("error");
    expect(await page.inputValue("#query")).toBe("and on Pro?");
    await page.close();

    const limited = await open("/", small.url);
    await ask(limited, 1, "How long are daily backups retained on Enterprise?");
    await ask(limited, 2, `How long are backups kept? ${"really ".repeat(800)}`);
    expect(await turn(limited, 2).locator(".notice").textContent()).toMatch(/^Too long for this server: the request body is over the 4096-byte limit\./);
    expect(await turn(limited, 2).locator(".answer-text").isHidden()).toBe(true);
    expect(await turn(limited, 1).locator(".answer-text").isVisible()).toBe(true);
    await limited.close();
    // The policy trial goes through the same body limit.
    const trial = await fetch(`${small.url}/v1/router/trial`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ jsonl: '{"query": "x", "route": "rag"}\n'.repeat(200) }) });
    expect(trial.status).toBe(413);
  });

  it("/dashboard renders its charts from the metrics, and 'try a policy' draws confusion, precision/recall and cost–quality, naming bad lines", async () => {
    const page = await open("/dashboard");
    await page.locator('#live[data-loaded="true"]').waitFor({ timeout: 30_000 });
    for (const chart of ["#route-mix-chart", "#latency-chart"]) expect(await page.locator(`${chart} svg[role="img"]`).count()).toBe(1);
    expect(await page.locator("#route-mix-chart svg").getAttribute("aria-label")).toMatch(/^Route mix over time over \d+ slots: tuned \d+, rag \d+, both \d+$/);
    expect(await page.locator("#states").textContent()).toMatch(/Circuit tuned: closed \(healthy\)[\s\S]*Chroma: up/);
    const decided = Number((await page.locator(".tile dd").first().textContent()) ?? "0");
    expect(decided).toBeGreaterThan(0);

    const lines = readFileSync(join(sampleDataset, "eval/routing.jsonl"), "utf8").trim().split("\n").slice(0, 12);
    await page.fill("#trial-jsonl", [...lines.slice(0, 6), "not json", '{"query": "x", "route": "sideways"}', ...lines.slice(6)].join("\n"));
    await page.click("#trial-run");
    await page.locator('#trial-result[data-state="done"]').waitFor({ timeout: 60_000 });
    expect(await page.locator("#trial-result .problems li").allTextContents()).toEqual([expect.stringMatching(/^line 7: not valid JSON/), expect.stringMatching(/^line 8: \/route: /)]);
    expect(await page.locator("#trial-status").textContent()).toBe("Routed 12 queries.");
    for (const chart of [".confusion-chart", ".per-class-chart", ".cost-quality-chart"]) expect(await page.locator(`#trial-result ${chart} svg`).count()).toBe(1);
    expect(await page.locator("#trial-result .cost-quality-chart svg").getAttribute("aria-label")).toMatch(/always tuned: cost 1\.00.*always rag: cost 2\.00.*always both: cost 3\.00.*this policy: cost/);
    expect(await page.locator("#trial-result .data-table th[scope=row]").allTextContents()).toEqual(["tuned", "rag", "both"]);
    // The trial's decisions are not traffic: the live counters did not move.
    await page.reload();
    await page.locator('#live[data-loaded="true"]').waitFor({ timeout: 30_000 });
    expect(Number(await page.locator(".tile dd").first().textContent())).toBe(decided);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await unlabelled(page)).toEqual([]);
    expect(page.problems).toEqual([]);
    await page.close();
  });
});
