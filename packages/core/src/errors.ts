/**
 * The one error class of Tandem. Every error a user can see carries a stable `code`, and where it applies,
 * the file, line, key path / JSON pointer and a hint saying what to do.
 *
 * `TandemError.isInstance(error)` works across duplicate copies of this package, where `instanceof` fails.
 */
const marker = Symbol.for("tandem.error");

export const errorCodes = [
  "CONFIG_NOT_FOUND",
  "CONFIG_INVALID",
  "INPUT_INVALID",
  "SOURCE_NOT_FOUND",
  "SOURCE_UNREADABLE",
  "NOT_CONFIGURED",
  "CHROMA_START_FAILED",
  "CHROMA_UNAVAILABLE",
  "INGEST_BUSY",
  "UPSTREAM_FAILED",
  "TARGET_FAILED",
  "TIMEOUT",
  "ABORTED",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "BODY_TOO_LARGE",
  "UNSUPPORTED_MEDIA_TYPE",
  "OVERLOADED",
  "SHUTTING_DOWN",
  "INTERNAL",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface TandemErrorOptions {
  code: ErrorCode;
  message: string;
  /** File the problem is in, when there is one. */
  file?: string;
  /** 1-based line number in `file`. */
  line?: number;
  /** Key path (`router.thresholds.coverage`) or JSON pointer (`/messages/3/content`) of the bad value. */
  path?: string;
  /** What the user can do about it. */
  hint?: string;
  cause?: unknown;
}

export class TandemError extends Error {
  private readonly [marker] = true;
  readonly code: ErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly path: string | undefined;
  readonly hint: string | undefined;

  constructor(options: TandemErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TandemError";
    this.code = options.code;
    this.file = options.file;
    this.line = options.line;
    this.path = options.path;
    this.hint = options.hint;
  }

  static isInstance(error: unknown): error is TandemError {
    return typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }

  /** One readable line: `file:line path: message (hint)`. */
  format(): string {
    const where = [this.file && (this.line ? `${this.file}:${this.line}` : this.file), this.path]
      .filter(Boolean)
      .join(" ");
    return `${where ? `${where}: ` : ""}${this.message}${this.hint ? `\n  hint: ${this.hint}` : ""}`;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      ...(this.file === undefined ? {} : { file: this.file }),
      ...(this.line === undefined ? {} : { line: this.line }),
      ...(this.path === undefined ? {} : { path: this.path }),
      ...(this.hint === undefined ? {} : { hint: this.hint }),
    };
  }
}

/**
 * The HTTP status every surface (the JSON API, the OpenAI-compatible endpoint) answers a code with — the one map;
 * nothing else in Tandem turns a code into a status.
 */
const statusByCode: Partial<Record<ErrorCode, number>> = {
  INPUT_INVALID: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_CONFIGURED: 404,
  // Another ingest holds the collection's lease (or took it over from this one).
  INGEST_BUSY: 409,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  OVERLOADED: 429,
  UPSTREAM_FAILED: 502,
  TARGET_FAILED: 502,
  CHROMA_UNAVAILABLE: 503,
  SHUTTING_DOWN: 503,
  TIMEOUT: 504,
  // The caller went away before the answer: an HTTP client that disconnected (nginx's "client closed request":
  // nobody reads it; logs and metrics do) — the CLI gives the same code to a command stopped by Ctrl-C (exit 130).
  ABORTED: 499,
};

/** HTTP status for an error code: 4xx for the caller's mistakes, 5xx for ours or a dependency's; 500 by default. */
export function httpStatusFor(code: ErrorCode): number {
  return statusByCode[code] ?? 500;
}

/** Normalises anything thrown into a TandemError (code INTERNAL unless it already is one). */
export function toTandemError(error: unknown, code: ErrorCode = "INTERNAL"): TandemError {
  if (TandemError.isInstance(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new TandemError({ code, message, cause: error });
}
