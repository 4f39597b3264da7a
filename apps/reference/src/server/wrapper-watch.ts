// `npm start` and `npx tandem serve` run the server under npm (npm → sh → node, twice over for a workspace script).
// A signal sent to the npm process does not reach node, and npm may exit and leave the server running as an orphan
// with its port and Chroma. So the server notes the npm/npx processes it was started through and, when one of them
// is gone, shuts down as on SIGTERM (draining). Started any other way (a shell, systemd, a container), it watches
// nothing.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { processAlive, processStartTime } from "@tandem/retrieval";

interface Wrapper {
  pid: number;
  startTime: string | undefined;
}

function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
  } catch {
    return [];
  }
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** npm and npx (by process title or script), and the `sh -c` npm runs scripts with. */
function isWrapper(argv: readonly string[]): boolean {
  const words = argv.flatMap((argument) => argument.split(" ")).slice(0, 3);
  const npm = words.some((word) => /^(npm|npx)$/.test(basename(word)) || /(npm|npx)-cli\.js$/.test(word));
  const shell = /^(sh|dash|bash)$/.test(basename(argv[0] ?? "")) && argv[1] === "-c";
  return npm || shell;
}

/** The chain of npm/npx/sh wrappers above this process, nearest first (Linux; elsewhere none). */
export function wrapperChain(): Wrapper[] {
  const chain: Wrapper[] = [];
  let pid = process.ppid;
  while (pid > 1 && chain.length < 8) {
    if (!isWrapper(commandLine(pid))) break;
    chain.push({ pid, startTime: processStartTime(pid) });
    const parent = parentOf(pid);
    if (parent === undefined) break;
    pid = parent;
  }
  // A shell alone (not under npm) is somebody's login or script: not a wrapper to follow.
  return chain.some((wrapper) => !/^(sh|dash|bash)$/.test(basename(commandLine(wrapper.pid)[0] ?? ""))) ? chain : [];
}

/** Calls `onGone` once when a wrapper this process was started through exits; returns a function that stops watching. */
export function watchWrappers(onGone: (pid: number) => void, intervalMs = 500): () => void {
  const chain = wrapperChain();
  if (chain.length === 0) return () => {};
  const timer = setInterval(() => {
    const gone = chain.find((wrapper) => !processAlive(wrapper.pid, wrapper.startTime));
    if (!gone) return;
    clearInterval(timer);
    onGone(gone.pid);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
