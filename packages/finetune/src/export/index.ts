// @tandem/finetune/export — the trainer formats behind `exportDatasetFile`: each format's converter and sidecar,
// and the conversion of canonical records without touching a file.
export { exportFormats } from "./export-formats";
export { convertRecords, type ConvertedRecords, type ExportCounts, type LocatedExportIssue } from "./export-dataset";
export type { ExportFormat, ExportIssue, ExportRuleId, ExportConversion, ExportSidecar, ExportSidecarContext } from "./export-format";
