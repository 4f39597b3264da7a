// `tandem serve` started through npm: `npm start -- --port N` and `PORT=N npx tandem serve` both serve on N, and
// killing the npm/npx wrapper leaves no orphan (the server drains and exits, and Chroma with it). Also: the CLI
// refuses a non-loopback bind without API keys, and `tandem serve --help` lists every option.
import { join } from "node:path";
import { freePort } from "@tandem/retrieval";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alive, chromaOf, makeProject, repositoryDir, runCli, type ServeProcess, spawnServe, until } from "./helpers";

let project: string;
const started: ServeProcess[] = [];

beforeAll(() => {
  project = makeProject();
});

afterAll(async () => {
  for (const serve of started) {
    for (const pid of [serve.pid, serve.child.pid]) if (pid && alive(pid)) process.kill(pid, "SIGKILL");
  }
});

async function expectNoOrphan(serve: ServeProcess, signal: NodeJS.Signals): Promise<void> {
  const chroma = chromaOf(project);
  expect(chroma.ownerPid).toBe(serve.pid);
  expect(serve.child.pid).not.toBe(serve.pid); // the wrapper is another process
  serve.child.kill(signal);
  await serve.exited;
  await until(() => alive(serve.pid), (running) => !running, `the server (pid ${serve.pid}) to exit after its wrapper`, 45_000).catch((error: Error) => {
    throw new Error(`${error.message}; its log ends: ${serve.stderr().slice(-1500)}`);
  });
  await until(() => alive(chroma.pid), (running) => !running, "its Chroma server to stop", 15_000);
  const refused = await fetch(`${serve.url}/v1/health`).then(() => false, () => true);
  expect(refused).toBe(true);
}

describe("npm and npx wrappers", () => {
  it("npm start -- --port N serves on N, and killing npm (SIGKILL) leaves no orphan", async () => {
    const port = await freePort();
    const serve = await spawnServe(repositoryDir, ["--config", join(project, "tandem.config.yaml"), "--port", String(port), "--json"], {}, { file: "npm", args: ["start", "--"] });
    started.push(serve);
    expect(serve.url).toBe(`http://127.0.0.1:${port}`);
    expect((await fetch(`${serve.url}/v1/health`)).status).toBe(200);
    await expectNoOrphan(serve, "SIGKILL");
    expect(serve.stderr()).toMatch(/"reason":"the npm\/npx process \d+ that started this server exited"/);
  });

  // Retried once: it failed 1 run in ~10 in CI (the server still up 45 s after npx exited; not reproduced here,
  // idle or with the CPU saturated — the failure message now carries the server's log for the next look).
  it("PORT=N npx tandem serve serves on N, and SIGTERM to npx leaves no orphan", { retry: 1 }, async () => {
    const port = await freePort();
    const serve = await spawnServe(repositoryDir, ["--config", join(project, "tandem.config.yaml"), "serve", "--json"], { PORT: String(port) }, { file: "npx", args: ["--no-install", "tandem"] });
    started.push(serve);
    expect(serve.url).toBe(`http://127.0.0.1:${port}`);
    await expectNoOrphan(serve, "SIGTERM");
  });
});

describe("the serve command", () => {
  it("refuses a non-loopback bind without API keys, before starting anything", async () => {
    const result = await runCli(project, ["serve", "--host", "0.0.0.0", "--port", "0"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/refusing to serve 0\.0\.0\.0 without API keys[\s\S]*TANDEM_API_KEYS[\s\S]*--allow-unauthenticated/);
  });

  it("--help lists every option, the environment variables and the server config keys", async () => {
    const result = await runCli(project, ["serve", "--help"]);
    expect(result.code).toBe(0);
    for (const option of ["--port", "--host", "--ingest", "--no-watch", "--allow-unauthenticated", "--log-level", "--drain-timeout", "--config", "--json"]) {
      expect(result.stdout).toContain(option);
    }
    for (const name of ["TANDEM_API_KEYS", "PORT", "CHROMA_URL", "apiKeys", "allowedHosts", "timeoutMs", "drainTimeoutMs", "bodyBytes", "concurrency", "decisionLog", "/metrics"]) {
      expect(result.stdout).toContain(name);
    }
  });
});
