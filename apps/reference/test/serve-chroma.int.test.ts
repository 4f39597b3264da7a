// The managed Chroma server under `tandem serve` processes: kill -9 under load → /v1/search 503 CHROMA_UNAVAILABLE
// (never 500), /v1/health 503 naming chroma, then automatic recovery; two servers on one data directory → one Chroma,
// the second follows the first and takes over when the first is killed; a stale lock from a killed process is
// recovered by the next server.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alive, chromaOf, makeProject, type ServeProcess, spawnServe, until } from "./helpers";

let project: string;
const servers: ServeProcess[] = [];

beforeAll(async () => {
  project = makeProject();
  servers.push(await spawnServe(project, ["--port", "0", "--json"]));
}, 180_000);

afterAll(async () => {
  for (const server of servers) {
    if (!alive(server.pid)) continue;
    server.child.kill("SIGKILL");
    await server.exited;
  }
});

const post = (url: string, path: string, body: unknown) => fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const health = async (url: string) => {
  const response = await fetch(`${url}/v1/health`);
  return { status: response.status, body: (await response.json()) as { ok: boolean; components: { chroma: { status: string; role: string; restarts: number; lastError?: string } } } };
};
/** Chroma server processes (the `chroma run` CLI, not the shell that watches its owner) on this project's data. */
const chromaProcesses = () =>
  execFileSync("ps", ["-eo", "pid=,args="])
    .toString()
    .split("\n")
    .filter((line) => line.includes(`run --path ${join(project, ".tandem", "chroma")} `) && !line.includes("chroma-owner-watch"));

describe("a managed Chroma server killed under load", () => {
  it("answers 503 CHROMA_UNAVAILABLE (never 500) and health 503 while it is down, then recovers by itself", async () => {
    const [server] = servers as [ServeProcess];
    const before = chromaOf(project);
    const statuses: { path: string; status: number; code?: string }[] = [];
    const healthSeen: { status: number; chroma: string }[] = [];
    let loading = true;
    const worker = async (index: number) => {
      while (loading) {
        const path = index % 2 === 0 ? "/v1/search" : "/v1/ask";
        const response = await post(server.url, path, { query: "How many read replicas does the Pro plan include?" });
        const body = (await response.json()) as { error?: { code: string } };
        statuses.push({ path, status: response.status, ...(body.error ? { code: body.error.code } : {}) });
      }
    };
    const workers = Array.from({ length: 8 }, (_, index) => worker(index));
    const watcher = (async () => {
      while (loading) {
        const { status, body } = await health(server.url);
        healthSeen.push({ status, chroma: body.components.chroma.status });
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    await until(() => statuses.length, (count) => count >= 40, "load before the kill");
    process.kill(before.pid, "SIGKILL");
    await until(() => healthSeen.some((entry) => entry.status === 503), Boolean, "health to report the outage");
    const recovered = await until(() => health(server.url), (value) => value.status === 200 && value.body.components.chroma.restarts >= 1, "Chroma to be restarted");
    const afterRecovery = statuses.length;
    await until(() => statuses.length, (count) => count >= afterRecovery + 40, "load after the recovery");
    loading = false;
    await Promise.all([...workers, watcher]);

    expect(statuses.filter((entry) => entry.status >= 500 && entry.status !== 503), "5xx other than 503").toEqual([]);
    const unavailable = statuses.filter((entry) => entry.status === 503);
    expect(unavailable.filter((entry) => entry.path === "/v1/search").length).toBeGreaterThan(0);
    expect(new Set(unavailable.map((entry) => entry.code))).toEqual(new Set(["CHROMA_UNAVAILABLE"]));
    expect(healthSeen.find((entry) => entry.status === 503)).toEqual({ status: 503, chroma: "down" });
    expect(statuses.slice(afterRecovery).every((entry) => entry.status === 200)).toBe(true);
    expect(recovered.body).toMatchObject({ ok: true, components: { chroma: { status: "ok", role: "owner", restarts: 1 } } });
    const after = chromaOf(project);
    expect(after.url).toBe(before.url);
    expect(after.pid).not.toBe(before.pid);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/^tandem_chroma_restarts_total 1$/m);
    expect(metrics).toMatch(/^tandem_chroma_up 1$/m);
    expect(server.stderr()).toMatch(/the Chroma server is back on/);
  });
});

describe("two servers on one data directory", () => {
  it("the second attaches to the first's Chroma (one Chroma process) and takes over when the first is killed", async () => {
    const [first] = servers as [ServeProcess];
    const second = await spawnServe(project, ["--port", "0", "--json"]);
    servers.push(second);
    expect(chromaProcesses()).toHaveLength(1);
    const attached = await health(second.url);
    expect(attached.body.components.chroma).toMatchObject({ status: "ok", role: "attached" });
    expect(chromaOf(project).ownerPid).toBe(first.pid);
    expect((await post(second.url, "/v1/search", { query: "read replicas" })).status).toBe(200);

    first.child.kill("SIGKILL");
    await first.exited;
    const tookOver = await until(() => health(second.url), (value) => value.status === 200 && value.body.components.chroma.role === "owner", "the second server to take over");
    expect(tookOver.body.components.chroma.restarts, second.stderr()).toBe(1);
    expect(chromaOf(project).ownerPid).toBe(second.pid);
    expect((await post(second.url, "/v1/search", { query: "read replicas" })).status).toBe(200);
    await until(() => chromaProcesses().length, (count) => count === 1, "one Chroma process");
    expect(second.stderr()).toMatch(/is gone: taking it over/);
  });

  it("a stale lock left by a killed server is recovered by the next one", async () => {
    const second = servers[1] as ServeProcess;
    const stale = chromaOf(project);
    second.child.kill("SIGKILL");
    await second.exited;
    expect(alive(stale.ownerPid)).toBe(false);
    const third = await spawnServe(project, ["--port", "0", "--json"]);
    servers.push(third);
    expect(third.stderr()).toMatch(new RegExp(`recovered the stale lock of pid ${stale.ownerPid}`));
    expect(chromaOf(project).ownerPid).toBe(third.pid);
    expect(alive(stale.pid)).toBe(false);
    expect((await post(third.url, "/v1/search", { query: "read replicas" })).status).toBe(200);
    expect(chromaProcesses()).toHaveLength(1);
  });
});
