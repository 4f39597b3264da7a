// Runs the README's examples as a user would (tsx), so the documentation cannot rot.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const run = (name: string) => {
  const example = fileURLToPath(new URL(`../examples/${name}`, import.meta.url));
  const output = execFileSync(process.execPath, ["--import", "tsx", example], { encoding: "utf8", env: { ...process.env, OPENAI_API_KEY: "", OPENAI_BASE_URL: "" } });
  process.stdout.write(output);
  return output;
};

it("examples/route-two-runnables.ts runs", () => {
  expect(run("route-two-runnables.ts").trim().length).toBeGreaterThan(0);
});

it("examples/stream-and-converse.ts streams the route first, escalates the cascade and keeps the follow-up on its route", () => {
  const lines = run("stream-and-converse.ts").trim().split("\n");
  expect(lines[0]).toMatch(/^\[route: both\] rule "drafts" matched/);
  expect(lines[1]).toBe("Egress costs $0.09 per GB. [1]");
  expect(lines[2]).toMatch(/^cascade: escalated to rag: the tuned answer hedges/);
  expect(lines[3]).toMatch(/^tuned — answered as "Why\? \(Triage ticket invoices wrong\)" — the conversation stays on tuned/);
});
