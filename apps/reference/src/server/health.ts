// GET /v1/health: the truth about every component. 200 while everything needed answers, 503 while something is
// down (Chroma unreachable, every target's circuit open) or the server is draining. The index component says which
// index version this replica serves, the latest it saw in Chroma and its lag (degraded beyond the staleness bound).
// Without a valid API key (when keys are configured) only liveness is shown: `{ok}` and the status code.
import { basename, dirname } from "node:path";
import type { ConfigStatus } from "../config/watch-config";
import type { Runtime } from "../runtime/runtime";

type ComponentStatus = "ok" | "degraded" | "down";

export interface HealthReport {
  status: 200 | 503;
  body: Record<string, unknown>;
}

export function healthReport(runtime: Runtime, options: { detailed: boolean; draining: boolean; configStatus?: (() => ConfigStatus) | undefined }): HealthReport {
  const description = runtime.describe();
  const chroma = runtime.chromaHealth();
  const index = runtime.indexStatus();
  const circuitStates = Object.entries(description.circuits).filter(([route]) => (route === "rag" ? description.rag : route === "tuned" ? description.tuned : description.rag && description.tuned));
  const open = circuitStates.filter(([, circuit]) => circuit.state !== "closed").length;
  const components: Record<string, { status: ComponentStatus } & Record<string, unknown>> = {
    ...(chroma ? { chroma: { status: chroma.up ? "ok" : "down", ...chroma } } : {}),
    ...(index ? { index: { status: index.stale ? "degraded" : "ok", ...index } } : {}),
    models: { status: "ok", ...description.models },
    circuits: {
      status: open === 0 ? "ok" : open === circuitStates.length ? "down" : "degraded",
      ...Object.fromEntries(circuitStates),
    },
    server: { status: options.draining ? "down" : "ok", state: options.draining ? "draining" : "serving" },
  };
  const ok = Object.values(components).every((component) => component.status !== "down");
  if (!options.detailed) return { status: ok ? 200 : 503, body: { ok } };
  const config = options.configStatus?.();
  return {
    status: ok ? 200 : 503,
    body: {
      ok,
      components,
      configVersion: description.routerConfigVersion,
      ...description,
      ...(config ? { config: withoutDirectory(config) } : {}),
    },
  };
}

/** The config status without absolute paths (health is read by monitoring, not by someone on this machine). */
function withoutDirectory(status: ConfigStatus): ConfigStatus {
  const directory = `${dirname(status.file)}/`;
  return {
    ...status,
    file: basename(status.file),
    ...(status.lastError ? { lastError: { ...status.lastError, message: status.lastError.message.split(directory).join("") } } : {}),
  };
}
