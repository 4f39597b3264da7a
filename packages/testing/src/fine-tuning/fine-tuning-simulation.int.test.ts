// The files + fine-tuning jobs simulation over real HTTP, with the request shapes the OpenAI SDK sends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenAIUpstream, startOpenAIUpstream } from "../openai-upstream";

let upstream: OpenAIUpstream;

const chatLine = (index: number) => JSON.stringify({ messages: [{ role: "user", content: `q${index}` }, { role: "assistant", content: `a${index}` }] });
const dpoLine = (index: number) =>
  JSON.stringify({ input: { messages: [{ role: "user", content: `q${index}` }] }, preferred_output: [{ role: "assistant", content: "good" }], non_preferred_output: [{ role: "assistant", content: "bad" }] });
const lines = (count: number, line: (index: number) => string) => `${Array.from({ length: count }, (_, index) => line(index)).join("\n")}\n`;

const call = async (method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> => {
  const response = await fetch(`${upstream.url}${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
};

async function upload(text: string, filename = "train.jsonl", purpose = "fine-tune"): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.set("purpose", purpose);
  form.set("file", new File([text], filename));
  const response = await fetch(`${upstream.url}/files`, { method: "POST", body: form });
  return { status: response.status, body: await response.json() };
}

async function processedFile(text: string): Promise<string> {
  const { body } = await upload(text);
  expect(body.status).toBe("uploaded");
  expect((await call("GET", `/files/${body.id}`)).body.status).toBe("uploaded");
  expect((await call("GET", `/files/${body.id}`)).body.status).toBe("processed");
  return body.id;
}

/** Polls a job until it is terminal; returns it and every event, oldest first, by paging with `after`. */
async function runToEnd(id: string): Promise<{ job: any; events: any[] }> {
  let job = (await call("GET", `/fine_tuning/jobs/${id}`)).body;
  for (let guard = 0; guard < 200 && !["succeeded", "failed", "cancelled"].includes(job.status); guard += 1) {
    job = (await call("GET", `/fine_tuning/jobs/${id}`)).body;
  }
  const events: any[] = [];
  let after: string | undefined;
  for (;;) {
    const page = (await call("GET", `/fine_tuning/jobs/${id}/events?limit=7${after ? `&after=${after}` : ""}`)).body;
    events.push(...page.data);
    if (!page.has_more) break;
    after = page.data.at(-1).id;
  }
  return { job, events: events.reverse() };
}

beforeAll(async () => {
  upstream = await startOpenAIUpstream();
});
afterAll(() => upstream.close());

describe("loopback Files API", () => {
  it("uploads multipart, processes after a poll, lists, serves content and deletes", async () => {
    const text = lines(10, chatLine);
    const id = await processedFile(text);
    const listed = (await call("GET", "/files?purpose=fine-tune")).body;
    expect(listed).toMatchObject({ object: "list", has_more: false });
    expect(listed.data.map((file: { id: string }) => file.id)).toContain(id);
    expect(await (await fetch(`${upstream.url}/files/${id}/content`)).text()).toBe(text);
    expect((await call("DELETE", `/files/${id}`)).body).toEqual({ id, object: "file", deleted: true });
    expect((await call("GET", `/files/${id}`)).body.error).toMatchObject({ type: "invalid_request_error", param: "id" });
  });

  it("fails processing of a file whose lines are not JSON objects, with status_details", async () => {
    const { body } = await upload('{"messages": []}\n[1, 2]\n');
    await call("GET", `/files/${body.id}`);
    const file = (await call("GET", `/files/${body.id}`)).body;
    expect(file.status).toBe("error");
    expect(file.status_details).toMatch(/Line 2 is not a dictionary/);
  });

  it("rejects a bad purpose and a fine-tune file that is not .jsonl", async () => {
    expect((await upload("x", "train.jsonl", "nonsense")).body.error).toMatchObject({ param: "purpose", code: "invalid_value" });
    expect((await upload("x", "train.csv")).body.error).toMatchObject({ param: "file", code: "invalid_file_format" });
  });
});

describe("loopback fine-tuning jobs", () => {
  it("validates a create request like the API: files, suffix, seed, hyperparameters", async () => {
    const ready = await processedFile(lines(10, chatLine));
    const pending = (await upload(lines(10, chatLine))).body.id;
    const cases: [Record<string, unknown>, string][] = [
      [{ model: "gpt-4o-mini-2024-07-18" }, "training_file"],
      [{ model: "not-a-model", training_file: ready }, "model"],
      [{ model: "gpt-4o-mini-2024-07-18", training_file: "file-missing" }, "training_file"],
      [{ model: "gpt-4o-mini-2024-07-18", training_file: pending }, "training_file"],
      [{ model: "gpt-4o-mini-2024-07-18", training_file: ready, validation_file: "file-nope" }, "validation_file"],
      [{ model: "gpt-4o-mini-2024-07-18", training_file: ready, suffix: "x".repeat(65) }, "suffix"],
      [{ model: "gpt-4o-mini-2024-07-18", training_file: ready, seed: -1 }, "seed"],
      [{ model: "gpt-4o-mini-2024-07-18", training_file: ready, method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 51 } } } }, "method.supervised.hyperparameters.n_epochs"],
      [{ model: "gpt-4o-mini-2024-07-18", training_file: ready, method: { type: "supervised", supervised: { hyperparameters: { beta: 0.1 } } } }, "method.supervised.hyperparameters.beta"],
      [{ model: "gpt-4o-mini-2024-07-18", training_file: ready, method: { type: "dpo", dpo: { hyperparameters: { beta: 3 } } } }, "method.dpo.hyperparameters.beta"],
    ];
    for (const [request, param] of cases) {
      const response = await call("POST", "/fine_tuning/jobs", request);
      expect(response.status, param).toBe(400);
      expect(response.body.error, param).toMatchObject({ type: "invalid_request_error", param });
      expect(response.body.error.message.length).toBeGreaterThan(10);
    }
  });

  it("runs a supervised job to success with metrics events, the tuned model id and a results file", async () => {
    const training = await processedFile(lines(12, chatLine));
    const validation = await processedFile(lines(4, chatLine));
    const created = await call("POST", "/fine_tuning/jobs", {
      model: "gpt-4o-mini-2024-07-18",
      training_file: training,
      validation_file: validation,
      suffix: "kestrel",
      seed: 7,
      method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 2, batch_size: 4 } } },
    });
    expect(created.body).toMatchObject({ object: "fine_tuning.job", status: "validating_files", seed: 7, fine_tuned_model: null, user_provided_suffix: "kestrel" });
    const { job, events } = await runToEnd(created.body.id);
    expect(job.status).toBe("succeeded");
    expect(job.fine_tuned_model).toMatch(new RegExp(`^ft:gpt-4o-mini-2024-07-18:tandem:kestrel:${job.id.slice(6, 14)}$`));
    expect(job.hyperparameters).toEqual({ n_epochs: 2, batch_size: 4, learning_rate_multiplier: 1.8 });
    expect(job.trained_tokens).toBeGreaterThan(0);
    const metrics = events.filter((event) => event.type === "metrics");
    expect(metrics.map((event) => event.data.step)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(metrics.every((event) => event.data.total_steps === 6 && typeof event.data.valid_loss === "number")).toBe(true);
    expect(metrics.at(-1).data.train_loss).toBeLessThan(metrics[0].data.train_loss);
    expect(events.at(-1).message).toBe("The job has successfully completed");
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    const csv = await (await fetch(`${upstream.url}/files/${job.result_files[0]}/content`)).text();
    expect(csv.split("\n")[0]).toBe("step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy");
    expect(csv.trim().split("\n")).toHaveLength(7);
  });

  it("fails a job whose file does not match the method, and a job told to fail mid-training", async () => {
    const chat = await processedFile(lines(10, chatLine));
    const dpo = await call("POST", "/fine_tuning/jobs", { model: "gpt-4o-mini-2024-07-18", training_file: chat, method: { type: "dpo" } });
    const failed = await runToEnd(dpo.body.id);
    expect(failed.job).toMatchObject({ status: "failed", error: { code: "invalid_training_file", param: "training_file" } });
    expect(failed.events.at(-1)).toMatchObject({ level: "error" });

    upstream.fineTuning.jobs.failNextJob({ code: "server_error", message: "The job failed due to an internal error.", param: null }, { atStep: 2 });
    const job = await call("POST", "/fine_tuning/jobs", { model: "gpt-4o-mini-2024-07-18", training_file: chat, method: { type: "supervised", supervised: { hyperparameters: { n_epochs: 1 } } } });
    const result = await runToEnd(job.body.id);
    expect(result.job).toMatchObject({ status: "failed", error: { code: "server_error" }, fine_tuned_model: null });
    expect(result.events.filter((event) => event.type === "metrics")).toHaveLength(1);
  });

  it("runs a DPO job, lists jobs newest first with pagination, and cancels", async () => {
    const training = await processedFile(lines(10, dpoLine));
    const dpo = await call("POST", "/fine_tuning/jobs", { model: "gpt-4o-mini-2024-07-18", training_file: training, method: { type: "dpo", dpo: { hyperparameters: { beta: 0.2, n_epochs: 1, batch_size: 5 } } } });
    const { job } = await runToEnd(dpo.body.id);
    expect(job).toMatchObject({ status: "succeeded", method: { type: "dpo", dpo: { hyperparameters: { beta: 0.2, n_epochs: 1 } } } });

    const manual = await call("POST", "/fine_tuning/jobs", { model: "gpt-4o-mini-2024-07-18", training_file: training, method: { type: "dpo" } });
    const cancelled = await call("POST", `/fine_tuning/jobs/${manual.body.id}/cancel`);
    expect(cancelled.body.status).toBe("cancelled");
    expect((await call("POST", `/fine_tuning/jobs/${manual.body.id}/cancel`)).status).toBe(400);

    const first = (await call("GET", "/fine_tuning/jobs?limit=2")).body;
    expect(first.data[0].id).toBe(manual.body.id);
    expect(first.has_more).toBe(true);
    const second = (await call("GET", `/fine_tuning/jobs?limit=2&after=${first.data[1].id}`)).body;
    expect(second.data[0].created_at).toBeLessThanOrEqual(first.data[1].created_at);
    expect(second.data.map((entry: { id: string }) => entry.id)).not.toContain(first.data[1].id);
  });

  it("moves only on advance() with the manual clock", async () => {
    const manual = await startOpenAIUpstream({ fineTuning: { clock: "manual", processingPolls: 0 } });
    try {
      const form = new FormData();
      form.set("purpose", "fine-tune");
      form.set("file", new File([lines(10, chatLine)], "train.jsonl"));
      const file: any = await (await fetch(`${manual.url}/files`, { method: "POST", body: form })).json();
      expect(file.status).toBe("processed");
      const job: any = await (await fetch(`${manual.url}/fine_tuning/jobs`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ model: "loopback-model", training_file: file.id }) })).json();
      const read = async () => ((await (await fetch(`${manual.url}/fine_tuning/jobs/${job.id}`)).json()) as any).status;
      expect(await read()).toBe("validating_files");
      expect(await read()).toBe("validating_files");
      manual.fineTuning.jobs.advance(job.id, 2);
      expect(await read()).toBe("running");
    } finally {
      await manual.close();
    }
  });
});
