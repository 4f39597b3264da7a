import { TandemError, toTandemError } from "@tandem/core";

/**
 * Where the CLI writes. With `--json`, stdout carries only machine-readable JSON; logs and progress always go
 * to stderr, so `tandem ... --json | jq` works.
 */
export interface Output {
  readonly json: boolean;
  /** A command's result: JSON on stdout with --json, else the human rendering. */
  result(value: unknown, human: () => string): void;
  /** One JSON line on stdout (the --input JSONL mode), whatever the --json flag. */
  line(value: unknown): void;
  /** Informational message on stderr. */
  log(message: string): void;
  /** Reports an error; returns the process exit code. */
  fail(error: unknown): number;
}

export function createOutput(json: boolean, streams = { stdout: process.stdout, stderr: process.stderr }): Output {
  return {
    json,
    result(value, human) {
      streams.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
    },
    line(value) {
      streams.stdout.write(`${JSON.stringify(value)}\n`);
    },
    log(message) {
      streams.stderr.write(`${message}\n`);
    },
    fail(error) {
      const tandemError = toTandemError(error);
      if (json) streams.stdout.write(`${JSON.stringify({ error: tandemError.toJSON() }, null, 2)}\n`);
      streams.stderr.write(`error [${tandemError.code}] ${tandemError.format()}\n`);
      if (tandemError.code === "INTERNAL" && error instanceof Error && error.stack && !TandemError.isInstance(error)) {
        streams.stderr.write(`${error.stack}\n`);
      }
      return 1;
    },
  };
}
