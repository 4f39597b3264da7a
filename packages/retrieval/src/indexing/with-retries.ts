/**
 * Runs a store write, retrying a failure twice more after 250 ms and 1 s (a busy server may drop a connection).
 * Writes are idempotent (upsert by id, delete by id), so a retry never duplicates anything. A server whose
 * compactor stopped is not transient: `ChromaStore` restarts a managed one, or explains it (see `isStoppedCompactor`).
 */
export async function withRetries<T>(write: () => Promise<T>, delays: readonly number[] = [250, 1000]): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}
