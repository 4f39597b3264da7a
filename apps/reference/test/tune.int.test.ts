// `tandem tune …` as a user runs it: real child processes against the loopback fine-tuning API, the job ledger in
// .tandem/, a follow killed mid-way and restarted, and the tuned model id written into the config.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FineTuningClient } from "@tandem/finetune";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDir, runCli } from "./helpers";

let upstream: OpenAIUpstream;
let project: string;
let env: NodeJS.ProcessEnv;

const configText = "# Kestrel support bot\nrag:\n  sources: [./corpus] # the docs\nmodels:\n  # the reader model\n  chat: gpt-4o-mini\n";
const chatLine = (index: number) => JSON.stringify({ messages: [{ role: "user", content: `How do I fix problem ${index}?` }, { role: "assistant", content: `Do step ${index}.` }] });

function writeData(name: string, count: number): string {
  const file = join(project, name);
  writeFileSync(file, `${Array.from({ length: count }, (_, index) => chatLine(index)).join("\n")}\n`);
  return name;
}

beforeAll(async () => {
  upstream = await startOpenAIUpstream();
  project = mkdtempSync(join(tmpdir(), "tandem-tune-"));
  writeFileSync(join(project, "tandem.config.yaml"), configText);
  env = { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: "sk-loop" };
});
afterAll(() => upstream.close());

describe("tandem tune", () => {
  it("says plainly that there is no offline fine-tuning and what to set", async () => {
    const result = await runCli(project, ["tune", "status", "ftjob-x"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("NOT_CONFIGURED");
    expect(result.stderr).toContain("no offline fine-tuning");
    expect(result.stderr).toMatch(/set OPENAI_API_KEY .*OPENAI_BASE_URL/);
  });

  it("refuses bad parameters by flag name before uploading anything", async () => {
    const before = upstream.requests.length;
    const result = await runCli(project, ["tune", "start", writeData("train-bad.jsonl", 10), "--epochs", "0", "--suffix", "x".repeat(70), "--beta", "1"], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("3 invalid job parameter(s); nothing was uploaded");
    for (const flag of ["--epochs:", "--suffix:", "--beta:"]) expect(result.stderr).toContain(flag);
    expect(upstream.requests.length).toBe(before);
    const usage = await runCli(project, ["tune", "start", "train-bad.jsonl", "--write-config"], env);
    expect(usage.stderr).toContain("--write-config needs --follow");
  });

  it("starts, follows with metrics on stderr, and writes the tuned model id into the config keeping its comments", async () => {
    const result = await runCli(project, ["tune", "start", writeData("train.jsonl", 12), "--epochs", "2", "--batch-size", "4", "--suffix", "kestrel", "--seed", "3", "--follow", "--write-config", "--poll-interval", "5", "--json"], env);
    expect(result.stderr).not.toContain("error");
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.job).toMatchObject({ status: "succeeded", method: "supervised", hyperparameters: { n_epochs: 2, batch_size: 4 } });
    expect(output.job.fineTunedModel).toMatch(/^ft:gpt-4o-mini-2024-07-18:tandem:kestrel:/);
    expect(output.configWritten).toMatchObject({ key: "models.tuned", value: output.job.fineTunedModel });
    expect(result.stderr).toMatch(/step 6\/6 {2}train_loss \d\.\d{4}/);
    expect(result.stderr).toContain(`wrote models.tuned: ${output.job.fineTunedModel}`);
    const config = readFileSync(join(project, "tandem.config.yaml"), "utf8");
    expect(config).toContain(`tuned: ${output.job.fineTunedModel}`);
    expect(config).toContain("# the reader model");
    expect(config).toContain("# the docs");

    const status = await runCli(project, ["tune", "status", "--json"], env);
    expect(JSON.parse(status.stdout).job).toMatchObject({ id: output.job.id, status: "succeeded", lastMetrics: { step: 6, totalSteps: 6 } });
    const again = await runCli(project, ["tune", "events"], env);
    expect(again.stderr).toContain("no new events");
  });

  it("reports a failed job with the provider's code and param, and exits 1", async () => {
    upstream.fineTuning.jobs.failNextJob({ code: "invalid_validation_file", message: "Validation file line 2 has no assistant message.", param: "validation_file" }, { atStep: 1 });
    const result = await runCli(project, ["tune", "start", writeData("train-fail.jsonl", 10), "--validation", writeData("valid-fail.jsonl", 3), "--follow", "--poll-interval", "5", "--json"], env);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).job).toMatchObject({ status: "failed", error: { code: "invalid_validation_file", param: "validation_file" } });
    expect(result.stderr).toContain("validation_file: fine-tuning job");
    expect(result.stderr).toContain("[code invalid_validation_file, param validation_file]");
  });

  it("resumes a follow killed mid-way: no event repeated, none lost", async () => {
    const started = await runCli(project, ["tune", "start", writeData("train-long.jsonl", 24), "--epochs", "1", "--batch-size", "2", "--json"], env);
    expect(started.code).toBe(0);
    const jobId: string = JSON.parse(started.stdout).job.id;

    // First follow: a real child process, killed (SIGKILL) while it waits between polls, after some events.
    const child = spawn(process.execPath, [join(appDir, "bin/tandem.js"), "tune", "events", jobId, "--follow", "--json", "--poll-interval", "400"], {
      cwd: project,
      env: { ...process.env, ...env },
    });
    let firstOutput = "";
    await new Promise<void>((resolve) => {
      child.stdout.on("data", (data: Buffer) => {
        firstOutput += data.toString();
        if (firstOutput.split("\n").filter(Boolean).length >= 5) setTimeout(() => child.kill("SIGKILL"), 100);
      });
      child.on("close", () => resolve());
    });
    expect(child.signalCode).toBe("SIGKILL");
    const first = firstOutput.split("\n").filter(Boolean).map((line) => JSON.parse(line) as { id: string });

    const resumed = await runCli(project, ["tune", "events", jobId, "--follow", "--json", "--poll-interval", "5"], env);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain(`resuming after event ${first.at(-1)?.id}`);
    const rest = resumed.stdout.split("\n").filter(Boolean).map((line) => JSON.parse(line) as { id: string });

    const all = await new FineTuningClient({ baseURL: upstream.url, apiKey: "sk-loop" }).eventsSince(jobId);
    expect(first.length).toBeGreaterThanOrEqual(5);
    expect(rest.length).toBeGreaterThan(0);
    expect([...first, ...rest].map((event) => event.id)).toEqual(all.map((event) => event.id));
    expect(all.filter((event) => event.metrics)).toHaveLength(12);
  }, 60_000);

  it("lists jobs (marking tracked ones), cancels, and refuses --write-config for a job that did not succeed", async () => {
    const started = await runCli(project, ["tune", "start", writeData("train-cancel.jsonl", 10), "--json"], env);
    const jobId: string = JSON.parse(started.stdout).job.id;
    const cancelled = await runCli(project, ["tune", "cancel", jobId, "--json"], env);
    expect(JSON.parse(cancelled.stdout).job.status).toBe("cancelled");
    const listed = await runCli(project, ["tune", "list", "--json"], env);
    const jobs = JSON.parse(listed.stdout).jobs as { id: string; tracked: boolean }[];
    expect(jobs[0]).toMatchObject({ id: jobId, tracked: true });
    const write = await runCli(project, ["tune", "status", jobId, "--write-config"], env);
    expect(write.code).toBe(1);
    expect(write.stderr).toContain("is cancelled; nothing was written");
  });
});
