import { Matrix, SingularValueDecomposition } from "ml-matrix";
import { describe, expect, it } from "vitest";
import { type SparseRow, truncatedSvd } from "./truncated-svd";

/** A deterministic pseudo-random sparse matrix (about a third non-zero), or one of exactly rank `rank`. */
function sparseMatrix(rowCount: number, columnCount: number, rank?: number): { rows: SparseRow[]; dense: Matrix } {
  let state = 12345;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const dense = new Matrix(rowCount, columnCount);
  for (let row = 0; row < rowCount; row += 1) {
    for (let column = 0; column < columnCount; column += 1) {
      const value = rank === undefined ? (next() < 0.35 ? next() * 4 - 1 : 0) : ((row % rank) + 1) * (((column * 5) % 7) + 1) * (column % rank === row % rank ? 1 : 0);
      dense.set(row, column, value);
    }
  }
  const rows = dense.to2DArray().map((values) => {
    const columns = values.flatMap((value, column) => (value === 0 ? [] : [column]));
    return { columns: Int32Array.from(columns), values: Float64Array.from(columns, (column) => values[column] as number) };
  });
  return { rows, dense };
}

describe("truncatedSvd", () => {
  it("recovers the exact singular values and right vectors when the sample spans the row space", () => {
    const { rows, dense } = sparseMatrix(30, 12);
    const exact = new SingularValueDecomposition(dense);
    const result = truncatedSvd(rows, 12, { rank: 5, oversampling: 20 });
    expect(result.singularValues).toHaveLength(5);
    result.singularValues.forEach((value, index) => expect(value).toBeCloseTo(exact.diagonal[index] as number, 8));
    // Each right vector matches the exact one up to sign.
    for (let column = 0; column < 5; column += 1) {
      const mine = Array.from({ length: 12 }, (_, term) => result.rightVectors[term * 5 + column] as number);
      const theirs = exact.rightSingularVectors.getColumn(column);
      const agreement = Math.abs(mine.reduce((sum, value, term) => sum + value * (theirs[term] as number), 0));
      expect(agreement).toBeCloseTo(1, 6);
    }
  });

  it("finds a low-rank matrix's rank and stops there", () => {
    const { rows, dense } = sparseMatrix(40, 25, 3);
    const result = truncatedSvd(rows, 25, { rank: 10 });
    expect(result.singularValues).toHaveLength(3);
    const exact = new SingularValueDecomposition(dense).diagonal;
    result.singularValues.forEach((value, index) => expect(value).toBeCloseTo(exact[index] as number, 6));
  });

  it("is deterministic for a seed", () => {
    const { rows } = sparseMatrix(50, 40);
    const first = truncatedSvd(rows, 40, { rank: 4, oversampling: 2, seed: 7 });
    expect(truncatedSvd(rows, 40, { rank: 4, oversampling: 2, seed: 7 })).toEqual(first);
  });
});
