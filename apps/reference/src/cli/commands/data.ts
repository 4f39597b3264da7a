import type { Command } from "commander";
import { registerDataExportCommand } from "./data-export";
import { registerDataGenerateCommands } from "./data-generate";
import { registerDataPrepareCommand } from "./data-prepare";
import { registerDataStatsCommand } from "./data-stats";
import { registerDataValidateCommand } from "./data-validate";

/**
 * `tandem data …`: fine-tuning data. `validate`, `stats`, `prepare` and `export` work on files alone (no config
 * file); `generate` reads the index.
 */
export function registerDataCommands(program: Command): void {
  const data = program
    .command("data")
    .description("Fine-tuning data: validate a file, count its tokens and cost, prepare and export it (no config file needed), or generate it from the index");
  registerDataValidateCommand(data);
  registerDataStatsCommand(data);
  registerDataPrepareCommand(data);
  registerDataExportCommand(data);
  registerDataGenerateCommands(data);
}
