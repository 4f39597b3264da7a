import { createHash } from "node:crypto";
import { type FSWatcher, readFileSync, watch } from "node:fs";
import { basename, dirname } from "node:path";
import { toTandemError } from "@tandem/core";
import type { ReloadResult } from "../runtime/runtime";
import { loadConfig, type TandemConfig } from "./load-config";

/** What `GET /v1/health` shows about the config. */
export interface ConfigStatus {
  file: string;
  /** Version (hash) of the router config in use; every decision records it. */
  version: string;
  loadedAt: string;
  /** Successful reloads since start. */
  reloads: number;
  /** Changed sections that need a restart to apply. */
  restartNeeded: string[];
  /** The last reload that failed validation (the previous config stayed in use). */
  lastError?: { message: string; line?: number; path?: string; at: string };
}

export interface WatchConfigOptions {
  file: string;
  /** Version of the config in use at start. */
  version: string;
  /** Applies a changed, valid config; returns what it did. */
  apply: (config: TandemConfig) => ReloadResult;
  log: (message: string) => void;
  /** Quiet period after a change before the file is read, in milliseconds (editors write in steps). Default 150. */
  debounceMs?: number;
}

export interface ConfigWatcher {
  status(): ConfigStatus;
  close(): void;
}

/**
 * Watches the config file (its directory, so editors that replace the file are seen too). On a change: re-read,
 * re-validate; if valid, `apply` it (the router config applies to new requests); if not, keep the old config
 * and log the error with the file, line and key path.
 */
export function watchConfig(options: WatchConfigOptions): ConfigWatcher {
  const name = basename(options.file);
  let status: ConfigStatus = { file: options.file, version: options.version, loadedAt: new Date().toISOString(), reloads: 0, restartNeeded: [] };
  let lastHash = hashOf(options.file);
  let timer: NodeJS.Timeout | undefined;

  const reload = () => {
    const hash = hashOf(options.file);
    if (hash === lastHash) return;
    lastHash = hash;
    try {
      const result = options.apply(loadConfig(options.file));
      const { lastError: _lastError, ...rest } = status;
      status = { ...rest, version: result.configVersion, loadedAt: new Date().toISOString(), reloads: status.reloads + 1, restartNeeded: result.restartNeeded };
      options.log(
        `config reloaded: router config ${result.previousVersion} → ${result.configVersion}${result.previousVersion === result.configVersion ? " (router unchanged)" : " (applies to new requests)"}` +
          (result.restartNeeded.length > 0 ? `; changes to ${result.restartNeeded.join(", ")} need a restart` : ""),
      );
    } catch (error) {
      const tandemError = toTandemError(error);
      status = {
        ...status,
        lastError: {
          message: tandemError.message,
          ...(tandemError.line === undefined ? {} : { line: tandemError.line }),
          ...(tandemError.path === undefined ? {} : { path: tandemError.path }),
          at: new Date().toISOString(),
        },
      };
      options.log(`config reload failed, keeping router config ${status.version}: ${tandemError.format()}`);
    }
  };

  const watcher: FSWatcher = watch(dirname(options.file), (_event, changed) => {
    if (changed !== null && changed.toString() !== name) return;
    clearTimeout(timer);
    timer = setTimeout(reload, options.debounceMs ?? 150);
  });
  watcher.on("error", (error) => options.log(`config watcher stopped: ${error.message}`));

  return {
    status: () => status,
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}

function hashOf(file: string): string {
  try {
    return createHash("sha256").update(readFileSync(file)).digest("hex");
  } catch {
    return "unreadable";
  }
}
