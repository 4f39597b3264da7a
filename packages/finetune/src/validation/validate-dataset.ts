import { stat } from "node:fs/promises";
import type { CsvColumns } from "../readers/csv-records";
import type { DatasetFormat } from "../readers/dataset-format";
import { detectLayout, readDataset } from "../readers/read-dataset";
import { createValidator, type ValidatorOptions } from "./create-validator";
import type { ValidationReport } from "./validation-report";

export interface ValidateDatasetOptions extends ValidatorOptions {
  /** The file's format; default detected from its shape. */
  format?: DatasetFormat;
  /** CSV column mapping (CSV files only). */
  csv?: CsvColumns;
  /** Largest record read, in bytes (longer ones are F02 errors, skipped without being held). Default 64 MiB. */
  maxRecordBytes?: number;
  /** Called about every 1 MB read with the progress so far. */
  onProgress?: (progress: { bytes: number; totalBytes: number; records: number }) => void;
}

/**
 * Validates a dataset file against a provider profile in one streaming pass (constant memory): every rule of
 * the registry that applies to files, with every finding located by line and JSON pointer, and the token
 * accounting (counts, trainable vs billed, context limit, epochs, cost). Never stops at the first problem.
 */
export async function validateDataset(file: string, options: ValidateDatasetOptions = {}): Promise<ValidationReport> {
  const layout = await detectLayout(file, options.format);
  const { size } = await stat(file);
  const validator = await createValidator(options);
  let records = 0;
  let format = options.format;
  const onProgress = options.onProgress;
  const entries = readDataset(file, {
    ...(options.format ? { format: options.format } : {}),
    ...(options.csv ? { csv: options.csv } : {}),
    ...(options.maxRecordBytes ? { maxRecordBytes: options.maxRecordBytes } : {}),
    ...(onProgress ? { onProgress: (bytes: number) => onProgress({ bytes, totalBytes: size, records }) } : {}),
  });
  for await (const entry of entries) {
    records += 1;
    if (entry.value !== undefined) format ??= entry.format;
    validator.check(entry);
  }
  return validator.finish({ file, bytes: size, layout, ...(format ? { format } : {}) });
}
