/**
 * A plain-text table for the terminal (and the benchmarks' output): columns padded to their widest cell, two spaces
 * apart. `align: "numbers"` (the default) puts the first column left and the others right, so figures line up;
 * `"left"` aligns every column left, for long messages (the last column is not padded).
 */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[], options: { align?: "numbers" | "left" } = {}): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const left = options.align === "left";
  const render = (row: readonly string[]) => {
    const cells = row.map((cell, column) => {
      if (left) return column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0);
      return column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0);
    });
    return left ? cells.join("  ").trimEnd() : cells.join("  ");
  };
  return [render(header), ...rows.map(render)].join("\n");
}
