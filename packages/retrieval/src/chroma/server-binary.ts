import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** A `chroma` CLI shipped in npm, runnable with Node. */
export interface ServerBinary {
  /** npm package it comes from. */
  packageName: string;
  version: string;
  cli: string;
}

const require = createRequire(import.meta.url);

/**
 * The `chroma` CLIs available, newest first: `chromadb` (whose current native binding needs glibc ≥ 2.38) and
 * `chroma-server` (an alias of chromadb@3.0.0, whose binding loads on glibc 2.34+, e.g. Debian 12).
 */
export function serverBinaries(): ServerBinary[] {
  const found: ServerBinary[] = [];
  for (const packageName of ["chromadb", "chroma-server"]) {
    let main: string;
    try {
      main = require.resolve(packageName);
    } catch {
      continue;
    }
    let directory = dirname(main);
    while (!existsSync(join(directory, "package.json")) && dirname(directory) !== directory) directory = dirname(directory);
    const manifest = require(join(directory, "package.json")) as { version: string; bin?: Record<string, string> };
    const cli = manifest.bin?.chroma;
    if (cli) found.push({ packageName, version: manifest.version, cli: join(directory, cli) });
  }
  return found;
}

/** Output that means the native binding cannot load on this system (try the next binary). */
export function isBindingLoadFailure(output: string): boolean {
  return /GLIBC_[\d.]+' not found|cannot open shared object|ERR_DLOPEN_FAILED|Cannot find module .*chromadb-js-bindings|Only ARM64 is supported|Unsupported platform/i.test(output);
}
