import { Ajv, type ValidateFunction } from "ajv";

/** A compiled tool `parameters` schema, or why it does not compile. */
export type CompiledSchema = { validate: ValidateFunction } | { error: string };

/**
 * Compiles tool `parameters` JSON Schemas with Ajv, once per distinct schema text (datasets repeat the same
 * tools on every line). The cache is bounded; Ajv's own schema cache is emptied after each compile so memory
 * stays flat however many distinct schemas a file holds.
 */
export class ToolSchemas {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  private readonly cache = new Map<string, CompiledSchema>();

  constructor(private readonly maxEntries = 512) {}

  compile(schema: Record<string, unknown>, key = JSON.stringify(schema)): CompiledSchema {
    const cached = this.cache.get(key);
    if (cached) return cached;
    let compiled: CompiledSchema;
    try {
      compiled = { validate: this.ajv.compile(schema) };
    } catch (error) {
      compiled = { error: (error as Error).message };
    } finally {
      this.ajv.removeSchema();
    }
    if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(key, compiled);
    return compiled;
  }
}

/** Ajv errors as one readable line: `/city: must be string; (root): must have required property 'unit'`. */
export function describeSchemaErrors(validate: ValidateFunction): string {
  return (validate.errors ?? [])
    .slice(0, 5)
    .map((error) => `${error.instancePath || "(root)"}: ${error.message ?? error.keyword}`)
    .join("; ");
}
