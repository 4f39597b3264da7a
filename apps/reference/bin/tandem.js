#!/usr/bin/env node
// The `tandem` command. Workspace packages ship TypeScript source, so the CLI runs through tsx's loader.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
const { interruptedExitCode } = await import("../src/cli/interrupt.ts");
const code = await main(process.argv);
// Ctrl-C: the runtime is closed and the error reported; work still pending is not waited for.
if (code === interruptedExitCode) process.exit(code);
process.exitCode = code;
