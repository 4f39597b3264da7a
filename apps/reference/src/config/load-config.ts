import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { TandemError, toKeyPath } from "@tandem/core";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { type ParsedTandemConfig, tandemConfigSchema } from "./config-schema";

export const defaultConfigName = "tandem.config.yaml";

/** A loaded config: validated, with every path made absolute and the state directory beside the file. */
export interface TandemConfig extends ParsedTandemConfig {
  /** Absolute path of the config file. */
  file: string;
  /** Directory relative paths resolve from. */
  directory: string;
  /** Local state (Chroma data, ingestion records): `.tandem/` beside the config file. */
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
    const issues = parsed.error.issues;
    const describe = (issue: (typeof issues)[number]) => {
      const keyPath = toKeyPath(issue.path);
      const unknownKeys = issue.code === "unrecognized_keys" ? ` (${issue.keys.join(", ")})` : "";
      const line =
        issue.code === "unrecognized_keys" && issue.keys[0] !== undefined
          ? lineOf(document, lineCounter, [...issue.path, issue.keys[0]])
          : lineOf(document, lineCounter, issue.path);
      return { keyPath, line, text: `${line ? `line ${line}, ` : ""}${keyPath}: ${issue.message}${unknownKeys}` };
    };
    const described = issues.map(describe);
    const first = described[0];
    throw new TandemError({
      code: "CONFIG_INVALID",
      file,
      ...(first?.line === undefined ? {} : { line: first.line }),
      ...(first ? { path: first.keyPath } : {}),
      message: `invalid config (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n  ${described.map((entry) => entry.text).join("\n  ")}`,
      hint: "see the README's Config section for every key and its default",
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
    chroma: chromaUrl ? { url: chromaUrl } : {},
    server: { ...config.server, ...(config.server.decisionLog ? { decisionLog: { ...config.server.decisionLog, path: absolute(config.server.decisionLog.path) } } : {}) },
    file,
    directory,
    stateDir: join(directory, ".tandem"),
  };
}

/** Line of the YAML node at a key path (or of its nearest existing parent). */
function lineOf(document: ReturnType<typeof parseDocument>, lineCounter: LineCounter, path: readonly PropertyKey[]): number | undefined {
  for (let length = path.length; length >= 0; length -= 1) {
    const keys = path.slice(0, length).map((key) => (typeof key === "symbol" ? String(key) : key));
    const node = keys.length === 0 ? document.contents : document.getIn(keys, true);
    if (node && (isMap(node) || isScalar(node) || typeof node === "object") && "range" in (node as object)) {
      const range = (node as { range?: [number, number, number] }).range;
      if (range) return lineCounter.linePos(range[0]).line;
    }
  }
  return undefined;
}
