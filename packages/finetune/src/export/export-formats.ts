import { axolotlFormat } from "./axolotl-format";
import type { ExportFormat, ExportFormatId } from "./export-format";
import { llamaFactoryAlpacaFormat } from "./llama-factory-alpaca-format";
import { llamaFactorySharegptFormat } from "./llama-factory-sharegpt-format";
import { fireworksFormat, openaiFormat, togetherFormat } from "./openai-compatible-format";

/** Every export format by id. */
export const exportFormats: Record<ExportFormatId, ExportFormat> = {
  openai: openaiFormat,
  together: togetherFormat,
  fireworks: fireworksFormat,
  axolotl: axolotlFormat,
  "llama-factory-sharegpt": llamaFactorySharegptFormat,
  "llama-factory-alpaca": llamaFactoryAlpacaFormat,
};
