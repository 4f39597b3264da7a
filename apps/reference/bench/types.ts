/** One benchmark's table: rows of [figure, value, ratio to its baseline]. */
export interface BenchmarkResult {
  name: string;
  /** Column names; default [figure, value, ratio]. */
  header?: string[];
  rows: string[][];
  notes?: string[];
}
