import { TandemError } from "@tandem/core";

/** Exit code of a command stopped by Ctrl-C (128 + SIGINT, the shell convention). */
export const interruptedExitCode = 130;

/**
 * Runs `work` so that Ctrl-C (SIGINT) ends it with an ABORTED error — the same code the HTTP server gives a request
 * whose client went away — instead of killing the process mid-way: the signal given to `work` is aborted with that
 * error (model calls, polls and generation runs that take it stop), the caller reports it, closes the runtime (and
 * so a Chroma server this process started) and exits with 130. A second Ctrl-C exits at once. Work that does not
 * take the signal is not waited for: ingestion is journaled and a re-run resumes, every other command only reads
 * or checkpoints.
 */
export async function interruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let onSignal: () => void = () => {};
  const interrupted = new Promise<never>((_resolve, reject) => {
    onSignal = () => {
      process.off("SIGINT", onSignal);
      process.once("SIGINT", () => process.exit(interruptedExitCode));
      const error = new TandemError({ code: "ABORTED", message: "interrupted (Ctrl-C)", hint: "run the command again; an interrupted ingest resumes where it stopped" });
      controller.abort(error);
      reject(error);
    };
  });
  process.on("SIGINT", onSignal);
  try {
    return await Promise.race([work(controller.signal), interrupted]);
  } finally {
    process.off("SIGINT", onSignal);
  }
}

/** True for the error `interruptible` ends an interrupted command with. */
export function isInterruption(error: unknown): boolean {
  return TandemError.isInstance(error) && error.code === "ABORTED";
}
