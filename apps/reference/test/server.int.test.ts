// The HTTP API and web UI on a real port, with the runtime (real Chroma) in process, and a real browser.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { answerSchema } from "@tandem/core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config/load-config";
import { openRuntime, type Runtime } from "../src/runtime/runtime";
import { type RunningServer, startHttpServer } from "../src/server/serve";
import { makeProject } from "./helpers";

let runtime: Runtime;
let server: RunningServer;
const logs: string[] = [];

beforeAll(async () => {
  const project = makeProject();
  runtime = await openRuntime(loadConfig(join(project, "tandem.config.yaml"), {}), { needs: "serve", log: (line) => logs.push(line) });
  server = await startHttpServer(runtime, { host: "127.0.0.1", port: 0 });
}, 180_000);

afterAll(async () => {
  await server?.close();
  await runtime?.close();
});

const post = (path: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });

describe("HTTP API", () => {
  it("ingested the empty index on first start and says so", () => {
    expect(logs.join("\n")).toMatch(/the index is empty: ingesting rag\.sources first/);
  });

  it("POST /v1/ask answers with route, decision and citations", async () => {
    const response = await post("/v1/ask", { query: "Which port does Kestrel Pooler listen on?" });
    expect(response.status).toBe(200);
    const answer = answerSchema.parse(await response.json());
    expect(answer.route).toBe("rag");
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.models?.offline).toBe(true);
  });

  it("POST /v1/route and /v1/search work, GET /v1/health describes the deployment", async () => {
    const decision = (await (await post("/v1/route", { query: "Review this query: SELECT * FROM t" })).json()) as { route: string; signals: unknown[] };
    expect(decision.route).toBe("tuned");
    const search = (await (await post("/v1/search", { query: "read replicas", k: 2 })).json()) as { hits: unknown[] };
    expect(search.hits).toHaveLength(2);
    const health = (await (await fetch(`${server.url}/v1/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ ok: true, rag: true, tuned: true, models: { offline: true } });
  });

  it("rejects bad requests with 400 naming the field", async () => {
    const empty = await post("/v1/ask", { query: "  " });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toMatch(/query/);
    expect((await post("/v1/ask", "{not json")).status).toBe(400);
    const badRoute = await post("/v1/ask", { query: "x", route: "sideways" });
    expect(badRoute.status).toBe(400);
    expect(((await badRoute.json()) as { error: { path: string } }).error.path).toBe("route");
  });
});

const chromiumPath = "/usr/bin/chromium";
const browserAvailable = existsSync(chromiumPath);
if (!browserAvailable && process.env.CI) throw new Error(`${chromiumPath} is required in CI for the browser test (.ci/run installs it)`);

describe.skipIf(!browserAvailable)("web UI in a real browser (Debian chromium)", () => {
  it("asks a question and shows the answer, the route, the reasons and the sources", async () => {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await expect(page.locator("#models-banner").textContent()).resolves.toMatch(/Offline models in use/);
      await page.fill("#query", "What is the egress price in sa-east-1?");
      await page.click("#ask");
      await page.locator("#result").waitFor({ state: "visible", timeout: 30_000 });
      expect(await page.locator("#route-badge").textContent()).toBe("rag");
      expect(await page.locator("#answer").textContent()).toMatch(/\[\d+\]/);
      expect(await page.locator("#reasons li").count()).toBeGreaterThan(0);
      expect(await page.locator("#citations li").first().textContent()).toMatch(/corpus\/.+\.md/);
      await page.selectOption("#route", "tuned");
      await page.click("#ask");
      await expect.poll(() => page.locator("#route-badge").textContent(), { timeout: 30_000 }).toBe("tuned");
      expect(await page.locator("#confidence").textContent()).toBe("(forced)");
    } finally {
      await browser.close();
    }
  });
});
