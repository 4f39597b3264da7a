// Hot reload with a real `tandem serve` process: edit the config file, and the running server's router follows;
// break it, and the server keeps the old config and logs the line and key path.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDir, makeProject } from "./helpers";

let project: string;
let child: ChildProcess;
let url: string;
let stderr = "";

interface Health {
  configVersion: string;
  both: string;
  config: { version: string; reloads: number; restartNeeded: string[]; lastError?: { line?: number; path?: string; message: string } };
}

const health = async () => (await (await fetch(`${url}/v1/health`)).json()) as Health;
const route = async (query: string) =>
  (await (await fetch(`${url}/v1/route`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) })).json()) as {
    route: string;
    reasons: string[];
    configVersion: string;
  };
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server log:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const baseConfig = "rag:\n  sources: [./corpus]\ntuned:\n  trainingData: ./finetune/train.jsonl\n";

beforeAll(async () => {
  project = makeProject(baseConfig);
  child = spawn(process.execPath, [join(appDir, "bin/tandem.js"), "serve", "--port", "0", "--json"], {
    cwd: project,
    env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "", CHROMA_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  url = await new Promise<string>((resolve, reject) => {
    let stdout = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split("\n").find((entry) => entry.startsWith("{"));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once("exit", (code) => reject(new Error(`tandem serve exited with ${code}:\n${stderr}`)));
  });
}, 180_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
});

describe("tandem serve reloads its config without a restart", () => {
  it("applies a router change to new requests, and every decision records the new version", async () => {
    const before = await health();
    expect(before.config).toMatchObject({ reloads: 0, version: before.configVersion });
    const first = await route("What is the egress price in sa-east-1?");
    expect(first).toMatchObject({ route: "rag", configVersion: before.configVersion });

    writeFileSync(join(project, "tandem.config.yaml"), `${baseConfig}router:\n  rules:\n    - name: egress-goes-tuned\n      route: tuned\n      keywords: [egress]\n  both:\n    strategy: cascade\n`);
    const after = await until(health, (value) => value.config.reloads === 1, "the reload");
    expect(after.configVersion).not.toBe(before.configVersion);
    expect(after.both).toBe("cascade");
    const second = await route("What is the egress price in sa-east-1?");
    expect(second).toMatchObject({ route: "tuned", configVersion: after.configVersion });
    expect(second.reasons[0]).toMatch(/rule "egress-goes-tuned" matched/);
    expect(stderr).toMatch(/config reloaded: router config \w+ → \w+ \(applies to new requests\)/);
  });

  it("keeps the old config when the new one is invalid, and logs the file, line and key path", async () => {
    const before = await health();
    const text = `${readFileSync(join(project, "tandem.config.yaml"), "utf8")}  conversation:\n    followUpMargin: lots\n`;
    writeFileSync(join(project, "tandem.config.yaml"), text);
    const after = await until(health, (value) => value.config.lastError !== undefined, "the reload error");
    expect(after.configVersion).toBe(before.configVersion);
    expect(after.config.lastError).toMatchObject({ line: 13, path: "router.conversation.followUpMargin" });
    expect(stderr).toMatch(/config reload failed, keeping router config \w+: .*tandem\.config\.yaml:13 router\.conversation\.followUpMargin/);
    expect((await route("What is the egress price in sa-east-1?")).route).toBe("tuned");
  });

  it("rejects mistyped router keys instead of reloading them: the line of the key, the key once, did you mean", async () => {
    const before = await health();
    writeFileSync(join(project, "tandem.config.yaml"), `${baseConfig}router:\n  defualtRoute: tuned\n  polcy:\n    mode: thresholds\n`);
    const after = await until(health, (value) => value.config.lastError?.path === "router.defualtRoute", "the reload error");
    expect(after.configVersion).toBe(before.configVersion);
    expect(after.config.lastError).toMatchObject({ line: 6, message: expect.stringContaining('unknown key — did you mean "defaultRoute"?') });
    expect(after.config.lastError?.message).toContain('line 7, router.polcy: unknown key — did you mean "policy"?');
    // (the log line is JSON: its quotes are escaped)
    expect(stderr).toMatch(/config reload failed, keeping router config \w+: .*tandem\.config\.yaml:6 router\.defualtRoute: unknown key — did you mean \\"defaultRoute\\"\?/);
    // The rule from the first reload still routes: nothing of the mistyped file was applied.
    expect((await route("What is the egress price in sa-east-1?")).route).toBe("tuned");
  });

  it("reports changes outside the router section as needing a restart", async () => {
    writeFileSync(join(project, "tandem.config.yaml"), baseConfig.replace("sources: [./corpus]", "sources: [./corpus]\n  k: 6"));
    const after = await until(health, (value) => value.config.restartNeeded.includes("rag"), "the restart notice");
    expect(after.config.lastError).toBeUndefined();
    expect(stderr).toMatch(/changes to rag need a restart/);
    expect((await route("What is the egress price in sa-east-1?")).route).toBe("rag");
  });
});
