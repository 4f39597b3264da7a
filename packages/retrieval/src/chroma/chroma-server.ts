import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import { TandemError } from "@tandem/core";
import { heartbeat } from "./heartbeat";
import { isBindingLoadFailure, type ServerBinary, serverBinaries } from "./server-binary";

export interface StartChromaServerOptions {
  /** Where Chroma keeps its data (created if missing). */
  dataDir: string;
  /** Port to listen on. Default: a free port. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /** How long to wait for the heartbeat, in milliseconds. Default 30000. */
  startTimeoutMs?: number;
}

export interface ChromaServer {
  url: string;
  host: string;
  port: number;
  pid: number;
  /** The npm package whose `chroma` CLI runs the server. */
  binary: string;
  /** Resolves when the server process exits, whatever the cause (stop, crash, kill). */
  exited: Promise<void>;
  /** True once the server process has exited. */
  hasExited(): boolean;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s). Safe to call twice. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
let workingBinary: ServerBinary | undefined;
const brokenBinaries = new Set<string>();
let handlersInstalled = false;

function stopAllNow(): void {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
}

/**
 * One set of process handlers for every server: children die with the parent, and signals keep their meaning.
 * When the program handles a signal itself (`tandem serve` drains on SIGTERM), the servers are left to it: it
 * stops them once in-flight requests are done.
 */
function installProcessHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.once("exit", stopAllNow);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const handler = () => {
      if (process.listenerCount(signal) > 1) return;
      stopAllNow();
      // Nobody else handles the signal: behave as Node would have without us, and die of it.
      process.removeListener(signal, handler);
      process.kill(process.pid, signal);
    };
    process.on(signal, handler);
  }
}

export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * `sh -c` script: keeps the owner's pipe (stdin) on fd 3 for a background reader that sends SIGTERM to this pid when
 * the pipe reaches end-of-file, then replaces the shell with the server (argv) so it keeps this pid.
 */
const ownerWatch = [
  "exec 3<&0",
  '(while read -r _ <&3; do :; done; kill -TERM $$ 2>/dev/null) </dev/null >/dev/null 2>&1 &',
  'exec "$@" </dev/null 3<&-',
].join("\n");

type Attempt = { ok: true; server: ChromaServer } | { ok: false; output: string; loadFailure: boolean };

async function attempt(binary: ServerBinary, options: Required<Omit<StartChromaServerOptions, "port">> & { port: number }): Promise<Attempt> {
  const command = [process.execPath, binary.cli, "run", "--path", options.dataDir, "--host", options.host, "--port", String(options.port)];
  // The server must not outlive its owner, even one killed with SIGKILL (no exit handler runs then): an orphan
  // would be reused by the next run, and a Chroma 1.0 server whose client vanished mid-write may be left with a
  // stopped compactor. So the server runs under a watch on a pipe from this process: when the pipe closes — this
  // process exited or was killed — the server gets SIGTERM. `exec` keeps the server's pid the child's pid.
  const child =
    process.platform === "win32"
      ? spawn(command[0] as string, command.slice(1), { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } })
      : spawn("/bin/sh", ["-c", ownerWatch, "chroma-owner-watch", ...command], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
  child.stdin?.on("error", () => {});
  running.add(child);
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-8000);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => {
    exited = true;
    running.delete(child);
    child.stdin?.destroy();
    resolve();
  }));
  const url = `http://${options.host}:${options.port}`;
  const deadline = Date.now() + options.startTimeoutMs;
  while (Date.now() < deadline && !exited) {
    if ((await heartbeat(url, 1000)) === "ok") {
      child.stdout?.removeAllListeners("data");
      child.stderr?.removeAllListeners("data");
      child.stdout?.resume();
      child.stderr?.resume();
      let stopping: Promise<void> | undefined;
      return {
        ok: true,
        server: {
          url,
          host: options.host,
          port: options.port,
          pid: child.pid ?? -1,
          binary: `${binary.packageName}@${binary.version}`,
          exited: exit,
          hasExited: () => exited,
          stop() {
            stopping ??= (async () => {
              if (exited) return;
              child.kill("SIGTERM");
              const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
              await exit;
              clearTimeout(timer);
            })();
            return stopping;
          },
        },
      };
    }
    await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 100))]);
  }
  if (!exited) {
    child.kill("SIGKILL");
    await exit;
  }
  return { ok: false, output, loadFailure: isBindingLoadFailure(output) };
}

/**
 * Starts the `chroma run` server that ships in npm, on a loopback port, and waits for its heartbeat.
 * Tries the newest native binding first and falls back to the one that loads on older glibc; remembers which
 * works for the rest of the process. The server stops with the process (exit and signals) or on `stop()`.
 */
export async function startChromaServer(options: StartChromaServerOptions): Promise<ChromaServer> {
  installProcessHandlers();
  mkdirSync(options.dataDir, { recursive: true });
  const host = options.host ?? "127.0.0.1";
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const candidates = workingBinary ? [workingBinary] : serverBinaries().filter((binary) => !brokenBinaries.has(binary.cli));
  const reports: string[] = [];
  for (const binary of candidates) {
    for (let retry = 0; retry < 3; retry += 1) {
      const port = options.port ?? (await freePort(host));
      const result = await attempt(binary, { dataDir: options.dataDir, host, port, startTimeoutMs });
      if (result.ok) {
        workingBinary = binary;
        return result.server;
      }
      if (result.loadFailure) {
        brokenBinaries.add(binary.cli);
        reports.push(`${binary.packageName}@${binary.version}: native binding does not load here (${firstLine(result.output, /GLIBC|Error/)})`);
        break;
      }
      const portTaken = /not available|address already in use/i.test(result.output);
      reports.push(`${binary.packageName}@${binary.version}: ${portTaken ? "port taken" : "did not start"}: ${firstLine(result.output, /error|panic/i)}`);
      if (!portTaken || options.port !== undefined) break;
    }
  }
  throw new TandemError({
    code: "CHROMA_START_FAILED",
    message: `could not start a Chroma server for ${options.dataDir}${reports.length ? `:\n  ${reports.join("\n  ")}` : ": no chroma CLI found in node_modules"}`,
    hint: "run `npm install` (it installs chromadb and chroma-server), or set CHROMA_URL to use a running Chroma server",
  });
}

function firstLine(output: string, pattern: RegExp): string {
  const lines = output.split("\n").map((line) => line.trim()).filter(Boolean);
  return (lines.find((line) => pattern.test(line)) ?? lines.at(-1) ?? "no output").slice(0, 300);
}
