import { type Route, routeSchema } from "@tandem/core";
import { type Command, Option } from "commander";
import { readConversationFile } from "../conversation-file";
import { defineAction } from "../define-action";
import { runQueries } from "../input-file";
import { renderAnswer } from "../render";
import { runAskStream } from "./ask-stream";

interface AskCommandOptions {
  route?: Route;
  input?: string;
  conversation?: string;
  stream?: boolean;
}

/** `tandem ask QUERY`: the router picks tuned, rag or both, the answer cites its sources; Ctrl-C aborts the model calls. */
export function registerAskCommand(program: Command): void {
  program
    .command("ask")
    .description("Answer a query: the router picks tuned, rag or both; the answer cites its sources")
    .argument("[query]", "the question (or use --input, or --conversation)")
    .addOption(new Option("--route <route>", "force a route instead of asking the router").choices(routeSchema.options))
    .option("--input <file>", "JSONL file with one {\"query\": ...} per line")
    .option("--conversation <file>", "JSON conversation [{role, content}, ...]: routes on the whole conversation; its last user message is the query unless one is given")
    .option("--stream", "print the route first, then the answer as it is generated (with --json: one event per line)")
    .action(
      defineAction({ needs: "ask" }, (context, query: string | undefined, options: AskCommandOptions) => {
        const conversation = options.conversation ? readConversationFile(options.conversation, query) : undefined;
        const askOptions = { ...(options.route ? { route: options.route } : {}), ...(conversation ? { history: conversation.history } : {}), signal: context.signal };
        if (options.stream && !options.input) {
          const text = conversation?.query ?? query;
          if (!text) {
            context.output.log("error: give a query, or --conversation FILE.json");
            return 2;
          }
          return runAskStream(context.runtime, context.output, text, askOptions);
        }
        return runQueries(context.output, conversation?.query ?? query, options.input, async (text) => {
          const answer = await context.runtime.ask(text, askOptions);
          return { value: answer, human: () => renderAnswer(answer) };
        });
      }),
    );
}
