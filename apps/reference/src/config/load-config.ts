import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { describeSchemaIssues, TandemError, toKeyPath } from "@tandem/core";
import { type Document, isMap, isNode, isScalar, LineCounter, parseDocument } from "yaml";
import { type ParsedTandemConfig, tandemConfigSchema } from "./config-schema";

export const defaultConfigName = "tandem.config.yaml";

/** A loaded config: validated, with every path made absolute and the state directory beside the file. */
export interface TandemConfig extends ParsedTandemConfig {
  /** Absolute path of the config file. */
  file: string;
  /** Directory relative paths resolve from. */
  directory: string;
  /**
   * Local state: `.tandem/` beside the config file — the embedded Chroma's data (without CHROMA_URL) and caches
   * derived from Chroma and the training file (the lexical index, the router calibration).
   */
  stateDir: string;
}

/** The config file to use: the one given, else `tandem.config.yaml` in the working directory. */
export function findConfigFile(given: string | undefined, cwd = process.cwd()): string {
  const file = resolve(cwd, given ?? defaultConfigName);
  if (!existsSync(file)) {
    throw new TandemError({
      code: "CONFIG_NOT_FOUND",
      file: relative(cwd, file) || file,
      message: given ? `config file not found: ${given}` : `no ${defaultConfigName} in ${cwd}`,
      hint: given
        ? "check the path given to --config"
        : `create ${defaultConfigName} (see the README's Config section) or pass --config FILE`,
    });
  }
  return file;
}

/** Reads, parses and validates a config file. Errors name the file, the line and the key path. */
export function loadConfig(file: string, environment: NodeJS.ProcessEnv = process.env): TandemConfig {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new TandemError({ code: "CONFIG_NOT_FOUND", file, message: `cannot read config: ${(error as Error).message}`, cause: error });
  }
  return parseConfig(text, file, environment);
}

export function parseConfig(text: string, file: string, environment: NodeJS.ProcessEnv = process.env): TandemConfig {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line ?? lineCounter.linePos(yamlError.pos[0]).line;
    throw new TandemError({
      code: "CONFIG_INVALID",
      file,
      ...(line === undefined ? {} : { line }),
      message: `not valid YAML: ${yamlError.message.split("\n")[0]}`,
      hint: "fix the YAML syntax at that line",
    });
  }
  const raw = document.toJS() ?? {};
  const parsed = tandemConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = describeSchemaIssues(parsed.error.issues, tandemConfigSchema)
      .map((problem) => ({ ...problem, keyPath: toKeyPath(problem.path), line: lineOf(document, lineCounter, problem.path) }))
      .sort((left, right) => (left.line ?? Number.POSITIVE_INFINITY) - (right.line ?? Number.POSITIVE_INFINITY));
    const [first, ...more] = problems;
    const located = (problem: (typeof problems)[number]) => `${problem.line ? `line ${problem.line}, ` : ""}${problem.keyPath}: ${problem.message}`;
    throw new TandemError({
      code: "CONFIG_INVALID",
      file,
      ...(first?.line === undefined ? {} : { line: first.line }),
      ...(first ? { path: first.keyPath } : {}),
      // The first problem is the message (its file, line and key path head the error); the others follow, one a line.
      message: `${first?.message ?? "invalid config"}${more.length > 0 ? `\n  ${more.length} more problem${more.length === 1 ? "" : "s"}:\n  ${more.map(located).join("\n  ")}` : ""}`,
      hint: "see the README's Config section (or tandem.config.schema.json) for every key and its default",
    });
  }
  const directory = dirname(file);
  const config = parsed.data;
  const absolute = (path: string) => (isAbsolute(path) ? path : join(directory, path));
  const chromaUrl = config.chroma.url ?? environment.CHROMA_URL;
  return {
    ...config,
    ...(config.rag
      ? { rag: { ...config.rag, sources: config.rag.sources.map((entry) => (typeof entry === "string" ? absolute(entry) : { ...entry, path: absolute(entry.path) })) } }
      : {}),
    ...(config.tuned ? { tuned: { ...config.tuned, trainingData: absolute(config.tuned.trainingData) } } : {}),
    chroma: { refreshMs: config.chroma.refreshMs, stalenessMs: config.chroma.stalenessMs, lease: config.chroma.lease, ...(chromaUrl ? { url: chromaUrl } : {}) },
    server: { ...config.server, ...(config.server.decisionLog ? { decisionLog: { ...config.server.decisionLog, path: absolute(config.server.decisionLog.path) } } : {}) },
    file,
    directory,
    stateDir: join(directory, ".tandem"),
  };
}

/**
 * Line of a key path in the YAML: the line of the key itself (`polcy:` — not the first line of its block value),
 * the line of an array item, or, for a key that is missing, of its nearest existing parent.
 */
function lineOf(document: Document, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const keys = path.slice(0, length).map((key) => (typeof key === "symbol" ? String(key) : key));
    const last = keys.at(-1);
    const parent = keys.length === 0 ? undefined : keys.length === 1 ? document.contents : document.getIn(keys.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last));
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    const node = keys.length === 0 ? document.contents : document.getIn(keys, true);
    const range = isNode(node) ? node.range : undefined;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}
