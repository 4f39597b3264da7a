import { z } from "zod";
import { tandemConfigSchema } from "./config-schema";

/** Where the committed schema lives (repository root) and how configs point at it for editor completion. */
export const configSchemaFileName = "tandem.config.schema.json";

/**
 * The whole `tandem.config.yaml` as JSON Schema (draft 2020-12), exported from the zod schemas the loader
 * validates with — so editors (yaml-language-server) complete and check the same keys, defaults and ranges.
 * Cross-field rules (at least one of `rag` or `tuned`; a rule needs keywords, pattern or metadata; regular
 * expressions compile) are checked by the loader only.
 */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(tandemConfigSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: "Tandem config (tandem.config.yaml)",
    description: "Puts a fine-tuned model and a RAG index behind one endpoint and routes each query to tuned, rag or both. Only rag.sources and tuned.trainingData are needed; every other key has a default.",
    ...rest,
  };
}

/** The schema file's text: stable 2-space JSON with a final newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
