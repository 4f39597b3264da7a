import { createHash } from "node:crypto";
import { routeSchema } from "@tandem/core";
import { z } from "zod";
import { bothConfigSchema, conversationConfigSchema, fallbackConfigSchema } from "./execution-config";

/** A rule from config: data only, never code. The first matching rule decides the route. */
export const routeRuleSchema = z
  .strictObject({
    name: z.string().min(1).describe("Shown in the decision's reasons."),
    route: routeSchema.describe("The route this rule sends matching queries to."),
    keywords: z
      .array(z.string().min(1))
      .optional()
      .describe("Matches when the query contains any of these words or phrases (case-insensitive, whole words)."),
    pattern: z
      .string()
      .optional()
      .describe("A regular expression (JavaScript syntax, case-insensitive) the query must match."),
    metadata: z
      .record(z.string(), z.string())
      .optional()
      .describe("Request metadata that must all be equal, e.g. { tier: enterprise }."),
  })
  .refine((rule) => rule.keywords !== undefined || rule.pattern !== undefined || rule.metadata !== undefined, {
    message: "a rule needs at least one of keywords, pattern or metadata",
  })
  .superRefine((rule, context) => {
    if (rule.pattern === undefined) return;
    try {
      new RegExp(rule.pattern, "iu");
    } catch (error) {
      context.addIssue({ code: "custom", path: ["pattern"], message: `invalid regular expression: ${(error as Error).message}` });
    }
  });
export type RouteRule = z.infer<typeof routeRuleSchema>;

const thresholdSchema = z.union([z.literal("auto"), z.number().min(0).max(1)]);

/** The `router:` section of tandem.config.yaml. Every key is optional. */
export const routerConfigSchema = z
  .strictObject({
    defaultRoute: routeSchema
      .default("rag")
      .describe("Route used when no signal is decisive (neither coverage nor evidence passes). Default: rag."),
    rules: z.array(routeRuleSchema).default([]).describe("Rules checked first, in order; the first match decides."),
    policy: z
      .enum(["auto", "thresholds"])
      .default("auto")
      .describe("auto: a logistic model over all signals, calibrated from this deployment's own training data and index. thresholds: coverage and evidence thresholds only. Default auto."),
    minConfidence: z
      .number()
      .min(0)
      .max(1)
      .default(0.4)
      .describe("Below this probability for the best route, no signal counts as decisive and defaultRoute applies. Default 0.4."),
    model: z
      .strictObject({
        features: z.array(z.string()),
        mean: z.array(z.number()),
        scale: z.array(z.number()),
        weights: z.array(z.array(z.number())).length(3),
      })
      .optional()
      .describe("A logistic policy fitted on labelled queries by `tandem router fit`; used instead of the self-calibrated one."),
    coverage: z
      .strictObject({
        threshold: thresholdSchema
          .default("auto")
          .describe("Similarity to the nearest training prompt (in the trained tasks' wording) above which a query counts as covered. 'auto' calibrates from the training data and the index."),
        k: z.number().int().min(1).max(50).default(5).describe("Nearest training prompts looked at. Default 5."),
      })
      .prefault({}),
    evidence: z
      .strictObject({
        threshold: thresholdSchema
          .default("auto")
          .describe("Answerability (share of the query's content found in the top one or two retrieved chunks) above which the index counts as answering. 'auto' calibrates from the index."),
        k: z.number().int().min(1).max(50).default(5).describe("Hits the retrieval probe looks at. Default 5."),
      })
      .prefault({}),
    both: bothConfigSchema.describe("How a \"both\" decision is executed: rag-on-tuned, parallel-fuse or cascade."),
    fallback: fallbackConfigSchema.describe("Fallback to the other target on failure or timeout, behind a circuit breaker per target."),
    conversation: conversationConfigSchema.describe("Multi-turn routing: follow-up condensation and route stickiness."),
    costs: z
      .strictObject({
        tuned: z.number().min(0).max(1).default(0).describe("Cost of the tuned route. Default 0."),
        rag: z.number().min(0).max(1).default(0).describe("Cost of the rag route. Default 0."),
        both: z.number().min(0).max(1).default(0).describe("Cost of the both route. Default 0."),
      })
      .prefault({})
      .describe(
        "Cost (money and latency, as you weigh them) of each route per query, in units of its probability of being right: the policy picks the highest expected utility P(right) − cost. both: 0.1 sends to both only when it is 10 points likelier to be right than the best cheaper route. Default 0 for every route (pure probability).",
      ),
    budget: z
      .strictObject({
        route: routeSchema.default("both").describe("The expensive route to cap. Default both."),
        maxShare: z.number().min(0).max(1).describe("At most this share of queries goes to `route`, e.g. 0.3."),
        threshold: z
          .number()
          .min(0)
          .optional()
          .describe(
            "Utility lead over the runner-up that `route` needs to win. Written by `tandem router budget FILE` (on your logged queries) or `tandem router fit FILE --write`; without it, calibrated on the router's synthetic queries from this deployment.",
          ),
      })
      .optional()
      .describe("RouteLLM-style budget: cap the share of queries sent to one route, with a threshold calibrated on this deployment's queries."),
    exemplars: z
      .strictObject({
        tuned: z.array(z.string().min(1)).optional().describe("Example requests for the tuned model."),
        rag: z.array(z.string().min(1)).optional().describe("Example requests for the RAG chain."),
        both: z.array(z.string().min(1)).optional().describe("Example requests for the tuned model with retrieved context."),
        threshold: z
          .number()
          .min(-1)
          .max(1)
          .optional()
          .describe("Cosine similarity to the nearest exemplar at which its route decides. Default: calibrated leave-one-out on the exemplars."),
      })
      .optional()
      .describe("Optional semantic exemplars per route (semantic-router style), embedded with the configured embedder; the nearest one decides when similar enough. Not needed: the router calibrates itself without them."),
    classifier: z
      .strictObject({
        enabled: z
          .union([z.boolean(), z.literal("auto")])
          .default("auto")
          .describe(
            "Consult an LLM classifier (structured output) as a tie-breaker when the local policy is unsure (confidence below whenConfidenceBelow). auto: on when a real chat model is configured (not the offline ones), never with the offline models. Default auto.",
          ),
        model: z.string().min(1).optional().describe("Chat model id on the OpenAI-compatible server, or provider:model (as models.chat). Default: models.chat."),
        whenConfidenceBelow: z
          .number()
          .min(0)
          .max(1)
          .default(0.7)
          .describe("Ask the classifier only when the policy's confidence is below this. Default 0.7."),
        timeoutMs: z.number().int().min(1).default(10_000).describe("Give up on the classifier after this many milliseconds and keep the policy's route. Default 10000."),
        price: z
          .strictObject({
            inputPer1M: z.number().nonnegative().describe("Price of 1M input tokens, in USD."),
            outputPer1M: z.number().nonnegative().describe("Price of 1M output tokens, in USD."),
          })
          .optional()
          .describe("The classifier model's token prices: the decision's trace then shows each call's cost beside its tokens and latency."),
      })
      .prefault({})
      .describe("The LLM tie-breaker: asked only inside the policy's uncertain band; on by default with real models, never offline (no LLM call is ever needed to route)."),
    freshness: z
      .strictObject({
        threshold: z
          .number()
          .min(0)
          .max(1)
          .default(0.5)
          .describe(
            "Freshness at or above which a query counts as asking about something newer than the tuned model: 1 for a temporal cue (latest, as of, this week) or a date after tuned.cutoff in the request; otherwise the share of what it asks about that the corpus first mentions after the cutoff. Shown in the decision; the auto policy weighs the raw value. Default 0.5.",
          ),
      })
      .prefault({}),
  })
  .prefault({});
export type RouterConfig = z.infer<typeof routerConfigSchema>;
export type RouterConfigInput = z.input<typeof routerConfigSchema>;

/** A short, stable hash of a router config: recorded in every decision as `configVersion`. */
export function routerConfigVersion(config: RouterConfig): string {
  return createHash("sha256").update(canonicalJson(config)).digest("hex").slice(0, 12);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
