import { type ExampleContext, isObject, namePattern, typeName } from "../example-context";
import type { CompiledSchema, ToolSchemas } from "./tool-schemas";

/** The functions an example declares (from `tools` or legacy `functions`), by name, with compiled schemas. */
export type DeclaredTools = Map<string, CompiledSchema | undefined>;

interface Problem {
  ruleId: string;
  pointer: string;
  message: string;
}

interface CheckedDefinitions {
  declared: DeclaredTools;
  problems: Problem[];
}

const functionKeys = ["name", "description", "parameters", "strict"];

/**
 * T01 (tools) and T06 (legacy functions): shape, unique valid names, parameters compiling as JSON Schema.
 * Results are cached per distinct definition text, since datasets repeat the same tools on every line; the
 * problems are reported again on every example that carries the definitions.
 */
export class ToolDefinitionChecks {
  private readonly cache = new Map<string, CheckedDefinitions>();

  constructor(
    private readonly schemas: ToolSchemas,
    private readonly maxEntries = 256,
  ) {}

  /** Checks `definitions` at `pointer` (`/tools`, `/functions`, `/input/tools`); returns the declared functions. */
  check(definitions: unknown, pointer: string, legacy: boolean, context: ExampleContext): DeclaredTools {
    const key = `${pointer}\u0000${JSON.stringify(definitions)}`;
    let checked = this.cache.get(key);
    if (!checked) {
      checked = legacy ? this.functions(definitions, pointer) : this.tools(definitions, pointer);
      if (this.cache.size >= this.maxEntries) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(key, checked);
    }
    for (const problem of checked.problems) context.report(problem.ruleId, problem.pointer, problem.message);
    return checked.declared;
  }

  private tools(tools: unknown, pointer: string): CheckedDefinitions {
    const result: CheckedDefinitions = { declared: new Map(), problems: [] };
    if (!Array.isArray(tools)) {
      result.problems.push({ ruleId: "T01", pointer, message: `tools must be an array, not ${typeName(tools)}` });
      return result;
    }
    tools.forEach((tool: unknown, index) => {
      const at = `${pointer}/${index}`;
      if (!isObject(tool)) return result.problems.push({ ruleId: "T01", pointer: at, message: `a tool must be an object, not ${typeName(tool)}` });
      if (tool.type !== "function") result.problems.push({ ruleId: "T01", pointer: `${at}/type`, message: `tool type must be "function", not ${JSON.stringify(tool.type)}` });
      for (const extra of Object.keys(tool)) {
        if (extra !== "type" && extra !== "function") result.problems.push({ ruleId: "T01", pointer: `${at}/${extra}`, message: `unknown tool key "${extra}"` });
      }
      if (!isObject(tool.function)) return result.problems.push({ ruleId: "T01", pointer: `${at}/function`, message: `function must be an object {name, description?, parameters}, not ${typeName(tool.function)}` });
      this.definition(tool.function, `${at}/function`, result);
      return undefined;
    });
    return result;
  }

  private functions(functions: unknown, pointer: string): CheckedDefinitions {
    const result: CheckedDefinitions = { declared: new Map(), problems: [] };
    if (!Array.isArray(functions) || functions.length === 0 || functions.length > 128) {
      const what = Array.isArray(functions) ? `${functions.length} items` : typeName(functions);
      result.problems.push({ ruleId: "T06", pointer, message: `functions must be an array of 1–128 function definitions, not ${what}` });
      if (!Array.isArray(functions)) return result;
    }
    functions.forEach((definition: unknown, index) => {
      if (!isObject(definition)) return result.problems.push({ ruleId: "T06", pointer: `${pointer}/${index}`, message: `a function must be an object, not ${typeName(definition)}` });
      this.definition(definition, `${pointer}/${index}`, result, "T06");
      return undefined;
    });
    return result;
  }

  private definition(definition: Record<string, unknown>, at: string, result: CheckedDefinitions, ruleId = "T01"): void {
    const name = definition.name;
    if (typeof name !== "string" || !namePattern.test(name)) {
      result.problems.push({ ruleId, pointer: `${at}/name`, message: `function name ${JSON.stringify(name)} must match ^[a-zA-Z0-9_-]{1,64}$` });
    } else if (result.declared.has(name)) {
      result.problems.push({ ruleId, pointer: `${at}/name`, message: `function "${name}" is declared twice` });
    }
    for (const extra of Object.keys(definition)) {
      if (!functionKeys.includes(extra)) result.problems.push({ ruleId, pointer: `${at}/${extra}`, message: `unknown function key "${extra}"` });
    }
    if (definition.description !== undefined && typeof definition.description !== "string") {
      result.problems.push({ ruleId, pointer: `${at}/description`, message: `description must be a string, not ${typeName(definition.description)}` });
    }
    let compiled: CompiledSchema | undefined;
    const parameters = definition.parameters;
    if (parameters !== undefined) {
      if (!isObject(parameters)) {
        result.problems.push({ ruleId, pointer: `${at}/parameters`, message: `parameters must be a JSON Schema object, not ${typeName(parameters)}` });
      } else {
        compiled = this.schemas.compile(parameters);
        if ("error" in compiled) result.problems.push({ ruleId, pointer: `${at}/parameters`, message: `parameters is not a valid JSON Schema: ${compiled.error}` });
        else if (parameters.type !== undefined && parameters.type !== "object") {
          result.problems.push({ ruleId, pointer: `${at}/parameters/type`, message: `parameters must describe an object (type "object"), not ${JSON.stringify(parameters.type)}` });
        }
      }
    }
    if (typeof name === "string" && !result.declared.has(name)) result.declared.set(name, compiled);
  }
}
