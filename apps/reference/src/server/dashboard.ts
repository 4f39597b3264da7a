// GET /v1/dashboard: what /dashboard shows, read from the same prom-client registry GET /metrics serves — route
// decisions, decision and answer latency, fallbacks, circuit states, Chroma — plus a short history of the decision
// counter (sampled every `intervalMs`) for the route mix over time. No second set of numbers is kept.
import { type Route, routes } from "@tandem/core";
import type { MetricObjectWithValues, MetricValueWithName, Registry } from "prom-client";
import { latencyChart, routeMixChart } from "../reports/charts";

/** Decisions counted so far, per route (forced or not), at one moment. */
interface Sample {
  at: Date;
  counts: Record<Route, number>;
}

export interface DashboardOptions {
  /** How often the decision counter is sampled for the route mix over time. Default 10 s. */
  intervalMs?: number;
  /** Samples kept (the chart's slots). Default 60 (ten minutes at 10 s). */
  keep?: number;
}

type Values = MetricValueWithName<string>[];

const quantiles = [
  ["p50", 0.5],
  ["p90", 0.9],
  ["p99", 0.99],
] as const;

/**
 * A quantile from a prom-client histogram's cumulative buckets, as the upper bound of the bucket it falls in
 * (what Prometheus' histogram_quantile would interpolate within), in milliseconds; null without observations.
 */
export function bucketQuantile(values: Values, metricName: string, quantile: number, labels: Record<string, string> = {}): number | null {
  const matches = (value: MetricValueWithName<string>) => Object.entries(labels).every(([key, wanted]) => String(value.labels[key]) === wanted);
  const buckets = values.filter((value) => value.metricName === `${metricName}_bucket` && matches(value));
  const bounds = [...new Set(buckets.map((bucket) => String(bucket.labels.le)))];
  const cumulative = bounds.map((bound) => ({ bound, count: buckets.filter((bucket) => String(bucket.labels.le) === bound).reduce((sum, bucket) => sum + bucket.value, 0) }));
  const total = cumulative.find((entry) => entry.bound === "+Inf")?.count ?? 0;
  if (total === 0) return null;
  const reached = cumulative.filter((entry) => entry.bound !== "+Inf").sort((left, right) => Number(left.bound) - Number(right.bound)).find((entry) => entry.count >= quantile * total);
  return reached ? Math.round(Number(reached.bound) * 1000 * 100) / 100 : Number.POSITIVE_INFINITY;
}

const sum = (values: Values, filter: (value: MetricValueWithName<string>) => boolean = () => true) => values.filter(filter).reduce((total, value) => total + value.value, 0);

export class Dashboard {
  private readonly samples: Sample[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly keep: number;

  constructor(
    private readonly registry: Registry,
    options: DashboardOptions = {},
  ) {
    this.keep = options.keep ?? 60;
    this.samples.push({ at: new Date(), counts: { tuned: 0, rag: 0, both: 0 } });
    this.timer = setInterval(() => void this.sample().catch(() => {}), options.intervalMs ?? 10_000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async metrics(): Promise<Map<string, Values>> {
    const all = (await this.registry.getMetricsAsJSON()) as MetricObjectWithValues<MetricValueWithName<string>>[];
    return new Map(all.map((metric) => [metric.name, metric.values]));
  }

  private static decisions(metrics: Map<string, Values>): Record<Route, number> {
    const values = metrics.get("tandem_route_decisions_total") ?? [];
    return Object.fromEntries(routes.map((route) => [route, sum(values, (value) => value.labels.route === route)])) as Record<Route, number>;
  }

  private async sample(): Promise<void> {
    this.samples.push({ at: new Date(), counts: Dashboard.decisions(await this.metrics()) });
    if (this.samples.length > this.keep + 1) this.samples.shift();
  }

  /** The dashboard's data: figures, states and the two charts (SVG). */
  async data() {
    const metrics = await this.metrics();
    const now: Sample = { at: new Date(), counts: Dashboard.decisions(metrics) };
    const points = [...this.samples, now];
    const slots = points.slice(1).map((sample, index) => {
      const previous = points[index] as Sample;
      return { at: sample.at.toISOString().slice(11, 19), counts: Object.fromEntries(routes.map((route) => [route, Math.max(0, sample.counts[route] - previous.counts[route])])) as Record<Route, number> };
    });
    const get = (name: string) => metrics.get(name) ?? [];
    const requests = get("tandem_http_requests_total");
    const answerValues = get("tandem_answer_duration_seconds");
    const latency = [
      ...quantiles.map(([quantile, q]) => ({ what: "route decision", quantile, ms: bucketQuantile(get("tandem_route_decision_duration_seconds"), "tandem_route_decision_duration_seconds", q) })),
      ...routes.flatMap((route) => quantiles.map(([quantile, q]) => ({ what: `answer (${route})`, quantile, ms: bucketQuantile(answerValues, "tandem_answer_duration_seconds", q, { route }) }))),
    ].filter((row): row is { what: string; quantile: "p50" | "p90" | "p99"; ms: number } => row.ms !== null && Number.isFinite(row.ms));
    const circuitNames = ["closed", "half-open", "open"] as const;
    const chromaUp = get("tandem_chroma_up")[0];
    const [routeMix, latencySvg] = await Promise.all([routeMixChart(slots), latencyChart(latency, "Latency (p50, p90, p99)")]);
    return {
      since: (this.samples[0] as Sample).at.toISOString(),
      decisions: { ...now.counts, forced: sum(get("tandem_route_decisions_total"), (value) => value.labels.forced === "true") },
      requests: { total: sum(requests), errors: sum(requests, (value) => Number(value.labels.status) >= 500), refused: sum(requests, (value) => ["413", "429"].includes(String(value.labels.status))) },
      answers: Object.fromEntries(routes.map((route) => [route, sum(answerValues, (value) => value.metricName === "tandem_answer_duration_seconds_count" && value.labels.route === route)])),
      latency,
      fallbacks: get("tandem_fallbacks_total").map((value) => ({ from: String(value.labels.from), to: String(value.labels.to), count: value.value })),
      circuits: get("tandem_circuit_state").map((value) => ({ target: String(value.labels.target), state: circuitNames[value.value] ?? "open" })),
      chroma: chromaUp ? { up: chromaUp.value === 1, restarts: sum(get("tandem_chroma_restarts_total")) } : null,
      inFlight: sum(get("tandem_http_requests_in_flight")),
      queued: sum(get("tandem_http_requests_queued")),
      charts: { routeMix, latency: latencySvg },
    };
  }
}
