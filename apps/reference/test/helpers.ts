import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const appDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const repositoryDir = join(appDir, "../..");
export const sampleDataset = join(repositoryDir, "datasets/kestrel");
export const bin = join(appDir, "bin/tandem.js");

/** A throwaway project: a copy of the sample corpus and training data, and a config beside them. */
export function makeProject(configText?: string): string {
  const directory = mkdtempSync(join(tmpdir(), "tandem-app-"));
  cpSync(join(sampleDataset, "corpus"), join(directory, "corpus"), { recursive: true });
  mkdirSync(join(directory, "finetune"));
  cpSync(join(sampleDataset, "finetune/train.jsonl"), join(directory, "finetune/train.jsonl"));
  writeFileSync(
    join(directory, "tandem.config.yaml"),
    configText ?? "rag:\n  sources: [./corpus]\ntuned:\n  trainingData: ./finetune/train.jsonl\n",
  );
  return directory;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `tandem` CLI as a child process in `cwd`. */
export function runCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd, env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "", CHROMA_URL: "", ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** A `tandem` CLI child process whose stderr can be watched while it runs (e.g. to kill it at a known point). */
export interface CliProcess {
  child: ChildProcess;
  stderr(): string;
  done: Promise<CliResult & { signal: NodeJS.Signals | null }>;
}

/** Starts the real `tandem` CLI in `cwd` (same environment as `runCli`). */
export function startCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): CliProcess {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "", CHROMA_URL: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliResult & { signal: NodeJS.Signals | null }>((resolve) => child.once("close", (code, signal) => resolve({ code: code ?? 1, signal, stdout, stderr })));
  return { child, stderr: () => stderr, done };
}

export interface ServerSentEvent {
  event: string;
  data: string;
}

/** Reads a whole text/event-stream response into its events, in order. */
export async function readServerSentEvents(response: Response): Promise<ServerSentEvent[]> {
  const text = await response.text();
  return text
    .split(/\n\n/)
    .filter((block) => block.trim().length > 0)
    .map((block) => {
      let event = "message";
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
      }
      return { event, data: data.join("\n") };
    });
}

/** A `tandem serve` (or a wrapper around it) running as a child process. */
export interface ServeProcess {
  child: ChildProcess;
  /** The server's URL and pid, from the JSON line it prints on stdout. */
  url: string;
  pid: number;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Spawns `tandem serve --json` (or `command`, e.g. an npm wrapper) in `cwd` and resolves once the server prints
 * its URL. The environment has no model keys and no CHROMA_URL unless `env` sets them.
 */
export function spawnServe(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}, command: { file: string; args: string[] } = { file: process.execPath, args: [bin, "serve"] }): Promise<ServeProcess> {
  const child = spawn(command.file, [...command.args, ...args], {
    cwd,
    env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "", CHROMA_URL: "", TANDEM_API_KEYS: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    let stdout = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split("\n").find((entry) => entry.startsWith('{"url"'));
      if (line) {
        const { url, pid } = JSON.parse(line) as { url: string; pid: number };
        resolve({ child, url, pid, stderr: () => stderr, exited });
      }
    });
    void exited.then(({ code, signal }) => reject(new Error(`tandem serve exited (${code ?? signal}) before serving:\n${stderr}`)));
  });
}

/** True while a process runs (a zombie counts as gone). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** Bytes a process has read through read() calls, sockets included (Linux /proc/PID/io `rchar`). */
export function bytesRead(pid: number): number {
  return Number(/rchar: (\d+)/.exec(readFileSync(`/proc/${pid}/io`, "utf8"))?.[1]);
}

/** Resident memory of a process, in bytes. */
export function residentBytes(pid: number): number {
  return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) * 1024;
}

/** The Chroma server recorded in a project's data-directory lock. */
export function chromaOf(project: string): { ownerPid: number; pid: number; url: string } {
  const record = JSON.parse(readFileSync(join(project, ".tandem", "chroma.lock"), "utf8")) as { pid: number; chroma: { pid: number; url: string } };
  return { ownerPid: record.pid, pid: record.chroma.pid, url: record.chroma.url };
}

/** Polls `read` until `done` holds; fails naming `what` after `deadlineMs` (a deadline, not a measured figure). */
export async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, what: string, deadlineMs = 30_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)?.slice(0, 300)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Debian's chromium, which the browser tests drive through playwright-core (.ci/run installs it). */
export const chromiumPath = "/usr/bin/chromium";

/** Launches headless Debian chromium. */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
