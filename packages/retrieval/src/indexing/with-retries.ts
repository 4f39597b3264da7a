/**
 * Runs a store write, retrying a failure twice more after 250 ms and 1 s: a busy local Chroma server answers some
 * writes with transient errors (e.g. "Error sending message to compactor"). Writes are idempotent (upsert by id,
 * delete by id), so a retry never duplicates anything.
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
