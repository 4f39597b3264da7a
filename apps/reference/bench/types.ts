/** One benchmark's table: rows of [figure, value, ratio to its baseline]. */
export interface BenchmarkResult {
  name: string;
  rows: string[][];
  notes?: string[];
}
