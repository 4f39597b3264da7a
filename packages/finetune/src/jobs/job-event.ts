import type { FineTuningJobEvent as ApiEvent } from "openai/resources/fine-tuning/jobs/jobs";

/** Training metrics a `metrics` event carries (the provider's snake_case names, camel-cased). */
export interface JobMetrics {
  step: number;
  totalSteps?: number;
  trainLoss?: number;
  validLoss?: number;
  fullValidLoss?: number;
  trainMeanTokenAccuracy?: number;
  validMeanTokenAccuracy?: number;
  fullValidMeanTokenAccuracy?: number;
}

/** One job event, typed: the message, its level and, for metrics events, the metrics. */
export interface JobEvent {
  id: string;
  /** Unix seconds. */
  createdAt: number;
  level: "info" | "warn" | "error";
  type: "message" | "metrics";
  message: string;
  metrics?: JobMetrics;
  /** The event's raw `data`, as the provider sent it. */
  data?: unknown;
}

const metricNames: Record<string, keyof JobMetrics> = {
  total_steps: "totalSteps",
  train_loss: "trainLoss",
  valid_loss: "validLoss",
  full_valid_loss: "fullValidLoss",
  train_mean_token_accuracy: "trainMeanTokenAccuracy",
  valid_mean_token_accuracy: "validMeanTokenAccuracy",
  full_valid_mean_token_accuracy: "fullValidMeanTokenAccuracy",
};

/** A provider event as a typed JobEvent (metrics parsed when `data.step` is a number). */
export function toJobEvent(event: ApiEvent): JobEvent {
  const data = event.data as Record<string, unknown> | null | undefined;
  let metrics: JobMetrics | undefined;
  if (data && typeof data.step === "number") {
    metrics = { step: data.step };
    for (const [name, key] of Object.entries(metricNames)) {
      const value = data[name];
      if (typeof value === "number") (metrics as unknown as Record<string, number>)[key] = value;
    }
  }
  return {
    id: event.id,
    createdAt: event.created_at,
    level: event.level,
    type: event.type ?? (metrics ? "metrics" : "message"),
    message: event.message,
    ...(metrics ? { metrics } : {}),
    ...(data === undefined || data === null ? {} : { data }),
  };
}

/** One readable line: `2026-01-01 00:03:30  step 3/10  train_loss 1.2345  valid_loss 1.4000`, or the message. */
export function formatJobEvent(event: JobEvent): string {
  const time = new Date(event.createdAt * 1000).toISOString().replace("T", " ").slice(0, 19);
  const level = event.level === "info" ? "" : `${event.level.toUpperCase()} `;
  const metrics = event.metrics;
  if (!metrics) return `${time}  ${level}${event.message}`;
  const parts = [`step ${metrics.step}${metrics.totalSteps ? `/${metrics.totalSteps}` : ""}`];
  if (metrics.trainLoss !== undefined) parts.push(`train_loss ${metrics.trainLoss.toFixed(4)}`);
  if (metrics.validLoss !== undefined) parts.push(`valid_loss ${metrics.validLoss.toFixed(4)}`);
  if (metrics.fullValidLoss !== undefined) parts.push(`full_valid_loss ${metrics.fullValidLoss.toFixed(4)}`);
  if (metrics.trainMeanTokenAccuracy !== undefined) parts.push(`train_acc ${metrics.trainMeanTokenAccuracy.toFixed(3)}`);
  return `${time}  ${level}${parts.join("  ")}`;
}
