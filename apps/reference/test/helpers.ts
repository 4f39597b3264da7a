import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const appDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const repositoryDir = join(appDir, "../..");
export const sampleDataset = join(repositoryDir, "datasets/kestrel");
const bin = join(appDir, "bin/tandem.js");

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
