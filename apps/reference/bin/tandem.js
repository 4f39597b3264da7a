#!/usr/bin/env node
// The `tandem` command. Workspace packages ship TypeScript source, so the CLI runs through tsx's loader.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv);
