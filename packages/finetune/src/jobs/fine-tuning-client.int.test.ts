// The job client over real HTTP against the loopback upstream's Files + fine-tuning jobs simulation.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TandemError } from "@tandem/core";
import { type OpenAIUpstream, startOpenAIUpstream } from "@tandem/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FineTuningClient, isTerminal, jobFailure } from "./fine-tuning-client";
import { resolveFineTuningConnection } from "./fine-tuning-connection";
import type { JobEvent } from "./job-event";
import { JobLedger } from "./job-ledger";

let upstream: OpenAIUpstream;
let directory: string;
let client: FineTuningClient;

const chatLine = (index: number) => JSON.stringify({ messages: [{ role: "user", content: `question ${index}` }, { role: "assistant", content: `answer ${index}` }] });
const dpoLine = (index: number) =>
  JSON.stringify({ input: { messages: [{ role: "user", content: `q${index}` }] }, preferred_output: [{ role: "assistant", content: "good" }], non_preferred_output: [{ role: "assistant", content: "bad" }] });

function dataFile(name: string, count: number, line: (index: number) => string = chatLine): string {
  const file = join(directory, name);
  writeFileSync(file, `${Array.from({ length: count }, (_, index) => line(index)).join("\n")}\n`);
  return file;
}

async function collect(iterator: AsyncGenerator<JobEvent, unknown>, stopAfter = Infinity): Promise<JobEvent[]> {
  const events: JobEvent[] = [];
  for await (const event of iterator) {
    events.push(event);
    if (events.length >= stopAfter) break;
  }
  return events;
}

const requestsTo = (method: string, path: RegExp) => upstream.requests.filter((request) => request.method === method && path.test(request.path));

beforeAll(async () => {
  upstream = await startOpenAIUpstream({ requireApiKey: "sk-tune" });
  directory = mkdtempSync(join(tmpdir(), "tandem-jobs-"));
  client = new FineTuningClient({ baseURL: upstream.url, apiKey: "sk-tune", pollIntervalMs: 2, maxPollIntervalMs: 10, maxRetries: 3 });
});
afterAll(() => upstream.close());
afterEach(() => {
  upstream.setFaults("fine-tuning", undefined);
  upstream.setFaults("files", undefined);
});

describe("FineTuningClient against the loopback fine-tuning API", () => {
  it("uploads, waits for processing, creates a supervised job and follows it to the tuned model id", async () => {
    const ledger = new JobLedger(join(directory, "happy", "jobs.json"));
    const progress: string[] = [];
    const job = await client.start({
      trainingFile: dataFile("train.jsonl", 12),
      validationFile: dataFile("valid.jsonl", 4),
      model: "gpt-4o-mini-2024-07-18",
      epochs: 2,
      batchSize: 4,
      learningRateMultiplier: 0.5,
      suffix: "kestrel",
      seed: 42,
      ledger,
      onProgress: (message) => progress.push(message),
    });
    expect(job.status).toBe("validating_files");
    const created = requestsTo("POST", /fine_tuning\/jobs$/).at(-1)?.body;
    expect(created).toMatchObject({
      model: "gpt-4o-mini-2024-07-18",
      suffix: "kestrel",
      seed: 42,
      method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 2, batch_size: 4, learning_rate_multiplier: 0.5 } } },
    });
    expect(progress.some((line) => line.includes("waiting for the API to process"))).toBe(true);

    const statuses: string[] = [];
    const events = await collect(client.follow(job.id, { ledger, onJob: (current) => statuses.push(current.status) }));
    expect(statuses.at(-1)).toBe("succeeded");
    expect(events.map((event) => event.metrics?.step).filter((step) => step !== undefined)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(events.filter((event) => event.metrics).every((event) => event.metrics?.totalSteps === 6 && event.metrics.validLoss !== undefined)).toBe(true);
    expect(events[0]?.message).toMatch(/^Created fine-tuning job/);
    expect(events.at(-1)?.message).toBe("The job has successfully completed");
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);

    const final = await client.retrieve(job.id);
    expect(final.fine_tuned_model).toMatch(/^ft:gpt-4o-mini-2024-07-18:tandem:kestrel:/);
    const entry = ledger.get(job.id);
    expect(entry).toMatchObject({ status: "succeeded", fineTunedModel: final.fine_tuned_model, lastEventId: events.at(-1)?.id, eventsSeen: events.length });
    expect(entry?.lastMetrics).toMatchObject({ step: 6, totalSteps: 6 });
    expect(upstream.requests.every((request) => request.headers.authorization === "Bearer sk-tune")).toBe(true);
  });

  it("runs a DPO job with beta", async () => {
    const job = await client.start({ trainingFile: dataFile("prefs.jsonl", 10, dpoLine), method: "dpo", beta: 0.3, epochs: 1, batchSize: 5 });
    const events = await collect(client.follow(job.id));
    const final = await client.retrieve(job.id);
    expect(final).toMatchObject({ status: "succeeded", method: { type: "dpo", dpo: { hyperparameters: { beta: 0.3 } } } });
    expect(events.filter((event) => event.metrics)).toHaveLength(2);
  });

  it("refuses bad parameters locally, listing every problem, before anything is uploaded", async () => {
    const before = upstream.requests.length;
    const attempt = client.start({ trainingFile: dataFile("train2.jsonl", 10), epochs: 0, batchSize: 300, beta: 0.5, suffix: "x".repeat(65), seed: -3 });
    const error = await attempt.catch((caught: unknown) => caught);
    expect(TandemError.isInstance(error)).toBe(true);
    expect((error as TandemError).code).toBe("INPUT_INVALID");
    for (const field of ["epochs", "batchSize", "beta", "suffix", "seed"]) expect((error as TandemError).message).toContain(`${field}:`);
    expect((error as TandemError).message).toContain("nothing was uploaded");
    // The method and the file's shape disagree: caught before the upload, too.
    await expect(client.start({ trainingFile: dataFile("chat-for-dpo.jsonl", 10), method: "dpo" })).rejects.toThrow(/method dpo needs preference rows/);
    await expect(client.start({ trainingFile: join(directory, "missing.jsonl") })).rejects.toThrow(/not found/);
    expect(upstream.requests.length).toBe(before);
  });

  it("surfaces the API's own validation error with its param", async () => {
    const error = (await client.start({ trainingFile: dataFile("train3.jsonl", 10), model: "no-such-model" }).catch((caught: unknown) => caught)) as TandemError;
    expect(error.code).toBe("INPUT_INVALID");
    expect(error.path).toBe("model");
    expect(error.message).toMatch(/HTTP 400 .*not available.*\[code model_not_available, param model\]/);
  });

  it("reports a file the API fails to process, with its status details", async () => {
    upstream.fineTuning.files.failNextFile("Invalid file format. Example 3 is missing a 'messages' key.");
    const error = (await client.start({ trainingFile: dataFile("train4.jsonl", 10) }).catch((caught: unknown) => caught)) as TandemError;
    expect(error.code).toBe("INPUT_INVALID");
    expect(error.file).toContain("train4.jsonl");
    expect(error.message).toMatch(/could not process .*status error.*Example 3 is missing/);
  });

  it("gives up waiting for processing after the timeout, with a clear error", async () => {
    const slow = await startOpenAIUpstream({ fineTuning: { processingPolls: 1000 } });
    try {
      const impatient = new FineTuningClient({ baseURL: slow.url, apiKey: "k", pollIntervalMs: 5, processingTimeoutMs: 40 });
      const error = (await impatient.upload(dataFile("slow.jsonl", 10)).catch((caught: unknown) => caught)) as TandemError;
      expect(error.code).toBe("TIMEOUT");
      expect(error.message).toMatch(/was not processed within 40 ms/);
      expect(error.file).toContain("slow.jsonl");
    } finally {
      await slow.close();
    }
  });

  it("ends following at a failed job whose error carries code, message and param", async () => {
    upstream.fineTuning.jobs.failNextJob({ code: "invalid_training_file", message: "Training file has duplicate examples at line 4.", param: "training_file" }, { atStep: 2 });
    const job = await client.start({ trainingFile: dataFile("train5.jsonl", 10), epochs: 1, batchSize: 2 });
    const events = await collect(client.follow(job.id));
    const final = await client.retrieve(job.id);
    expect(final.status).toBe("failed");
    expect(events.at(-1)).toMatchObject({ level: "error", message: "Training file has duplicate examples at line 4." });
    const failure = jobFailure(final);
    expect(failure.path).toBe("training_file");
    expect(failure.message).toContain("[code invalid_training_file, param training_file]");
    expect(failure.hint).toContain("tandem data validate");
  });

  it("retries 429 responses (honouring retry-after-ms) and survives failed polls while following", async () => {
    upstream.setFaults("fine-tuning", { status: 429, failTimes: 2, retryAfterMs: 5 });
    const before = requestsTo("POST", /fine_tuning\/jobs$/).length;
    const job = await client.start({ trainingFile: dataFile("train6.jsonl", 10), epochs: 1, batchSize: 5, suffix: "retry" });
    expect(requestsTo("POST", /fine_tuning\/jobs$/).length - before).toBe(3);

    const impatient = new FineTuningClient({ baseURL: upstream.url, apiKey: "sk-tune", pollIntervalMs: 2, maxRetries: 0 });
    upstream.setFaults("fine-tuning", { status: 503, failTimes: 3 });
    const retries: number[] = [];
    const events = await collect(impatient.follow(job.id, { onRetry: (_error, attempt) => retries.push(attempt) }));
    expect(retries).toEqual([1, 2, 3]);
    expect(events.at(-1)?.message).toBe("The job has successfully completed");

    upstream.setFaults("fine-tuning", { status: 503 });
    await expect(collect(impatient.follow(job.id))).rejects.toThrow(/HTTP 503/);
  });

  it("adopts a job the API created before its answer was lost, instead of paying for a second one", async () => {
    upstream.setFaults("fine-tuning", { status: 500, failTimes: 1, afterHandling: true, retryAfterMs: 1 });
    const before = requestsTo("POST", /fine_tuning\/jobs$/).length;
    const progress: string[] = [];
    const job = await client.start({ trainingFile: dataFile("train-lost.jsonl", 10), suffix: "lost", onProgress: (message) => progress.push(message) });
    expect(requestsTo("POST", /fine_tuning\/jobs$/).length - before).toBe(1);
    expect((await client.list({ limit: 100 })).jobs.filter((listed) => listed.training_file === job.training_file)).toHaveLength(1);
    expect(progress.join("\n")).toContain(`the API had created ${job.id} from it; using that job`);
  });

  it("retries a create that failed before any job existed, and says so", async () => {
    upstream.setFaults("fine-tuning", { status: 503, failTimes: 1, retryAfterMs: 1 });
    const before = requestsTo("POST", /fine_tuning\/jobs$/).length;
    const progress: string[] = [];
    const job = await client.start({ trainingFile: dataFile("train-retry.jsonl", 10), suffix: "again", onProgress: (message) => progress.push(message) });
    expect(requestsTo("POST", /fine_tuning\/jobs$/).length - before).toBe(2);
    expect((await client.list({ limit: 100 })).jobs.filter((listed) => listed.training_file === job.training_file)).toHaveLength(1);
    expect(progress.join("\n")).toContain("no job was created; retrying (1/3)");
  });

  it("stops, pointing at `tandem tune list`, when it cannot tell whether a failed create made a job", async () => {
    const careful = new FineTuningClient({ baseURL: upstream.url, apiKey: "sk-tune", pollIntervalMs: 2, maxRetries: 1 });
    const file = await careful.upload(dataFile("train-unknown.jsonl", 10));
    upstream.setFaults("fine-tuning", { status: 502, retryAfterMs: 1 });
    const before = requestsTo("POST", /fine_tuning\/jobs$/).length;
    const failure = await careful.create({ trainingFileId: file.id }).catch((error: unknown) => error as TandemError);
    expect(failure).toBeInstanceOf(TandemError);
    expect((failure as TandemError).message).toMatch(/creating the job failed .*HTTP 502.*could not be read/);
    expect((failure as TandemError).hint).toContain("tandem tune list");
    expect(requestsTo("POST", /fine_tuning\/jobs$/).length - before).toBe(1);
  });

  it("cancels a job, and following ends at the cancelled status", async () => {
    const job = await client.start({ trainingFile: dataFile("train7.jsonl", 10), epochs: 3 });
    const cancelled = await client.cancel(job.id);
    expect(cancelled.status).toBe("cancelled");
    const events = await collect(client.follow(job.id));
    expect(events.at(-1)?.message).toBe("Fine-tuning job cancelled");
    expect(isTerminal(await client.retrieve(job.id))).toBe(true);
    await expect(client.cancel(job.id)).rejects.toThrow(/already been cancelled/);
  });

  it("resumes following from the ledger's cursor without repeating or losing an event", async () => {
    const ledger = new JobLedger(join(directory, "resume", "jobs.json"));
    const job = await client.start({ trainingFile: dataFile("train8.jsonl", 20), epochs: 1, batchSize: 2, ledger });
    const first = await collect(client.follow(job.id, { ledger, after: ledger.get(job.id)?.lastEventId }), 5);
    expect(ledger.get(job.id)?.lastEventId).toBe(first.at(-1)?.id);
    // A new client (as after a restart) picks up from the ledger.
    const restarted = new FineTuningClient({ baseURL: upstream.url, apiKey: "sk-tune", pollIntervalMs: 2 });
    const rest = await collect(restarted.follow(job.id, { ledger, after: new JobLedger(ledger.file).get(job.id)?.lastEventId }));
    const all = await collect(restarted.follow(job.id));
    expect([...first, ...rest].map((event) => event.id)).toEqual(all.map((event) => event.id));
    expect(all.filter((event) => event.metrics)).toHaveLength(10);
  });

  it("refuses to start the same job twice, and reuses an upload of the same content", async () => {
    const ledger = new JobLedger(join(directory, "twice", "jobs.json"));
    const file = dataFile("train9.jsonl", 10);
    const first = await client.start({ trainingFile: file, ledger, suffix: "once" });
    await expect(client.start({ trainingFile: file, ledger, suffix: "once" })).rejects.toThrow(new RegExp(`${first.id} was already started`));
    const uploads = requestsTo("POST", /\/files$/).length;
    const second = await client.start({ trainingFile: file, ledger, suffix: "once", allowDuplicate: true });
    expect(second.id).not.toBe(first.id);
    expect(second.training_file).toBe(first.training_file);
    expect(requestsTo("POST", /\/files$/).length).toBe(uploads);
    expect(ledger.list().map((entry) => entry.id)).toEqual([second.id, first.id]);
    expect(JSON.parse(readFileSync(ledger.file, "utf8")).uploads).toHaveLength(1);
  });
});

describe("resolveFineTuningConnection", () => {
  it("says plainly that there is no offline fine-tuning and what to set", () => {
    expect(() => resolveFineTuningConnection({}, {})).toThrow(/no offline fine-tuning/);
    const error = (() => {
      try {
        resolveFineTuningConnection({ apiKeyEnv: "ACME_KEY" }, {});
      } catch (caught) {
        return caught as TandemError;
      }
    })();
    expect(error?.code).toBe("NOT_CONFIGURED");
    expect(error?.hint).toContain("ACME_KEY");
    expect(resolveFineTuningConnection({ apiKeyEnv: "ACME_KEY" }, { ACME_KEY: "k" })).toEqual({ baseURL: undefined, apiKey: "k" });
    expect(resolveFineTuningConnection({}, { OPENAI_BASE_URL: "http://127.0.0.1:9/v1" })).toEqual({ baseURL: "http://127.0.0.1:9/v1", apiKey: undefined });
  });
});
