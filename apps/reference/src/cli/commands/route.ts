import type { Command } from "commander";
import { readConversationFile } from "../conversation-file";
import { defineAction } from "../define-action";
import { runQueries } from "../input-file";
import { renderDecision } from "../render";

/** `tandem route QUERY`: the decision alone (route, scores, signals, reasons), without answering. */
export function registerRouteCommand(program: Command): void {
  program
    .command("route")
    .description("Decide who would answer (tuned, rag or both) and why, without answering")
    .argument("[query]", "the query (or use --input, or --conversation)")
    .option("--input <file>", "JSONL file with one {\"query\": ...} per line")
    .option("--conversation <file>", "JSON conversation [{role, content}, ...]: routes on the whole conversation; its last user message is the query unless one is given")
    .action(
      defineAction({ needs: "route" }, (context, query: string | undefined, options: { input?: string; conversation?: string }) => {
        const conversation = options.conversation ? readConversationFile(options.conversation, query) : undefined;
        return runQueries(context.output, conversation?.query ?? query, options.input, async (text) => {
          const decision = await context.runtime.route(text, conversation ? { history: conversation.history } : {});
          return { value: decision, human: () => renderDecision(decision) };
        });
      }),
    );
}
