import type { Route } from "@tandem/core";
import type { AskEvent, AskOptions, Runtime } from "../../runtime/runtime";
import type { Output } from "../output";
import { renderAnswer } from "../render";

/**
 * `tandem ask --stream`: the route first, then the text as it is generated, then the sources. With --json, one
 * JSON event per line (route, fallback, delta..., done).
 */
export async function runAskStream(runtime: Runtime, output: Output, query: string, options: AskOptions, write = (text: string) => process.stdout.write(text)): Promise<number> {
  let route: Route | undefined;
  for await (const event of runtime.askStream(query, options)) {
    if (output.json) {
      output.line(event);
      continue;
    }
    render(event, write, (value) => {
      route = value;
    }, route);
  }
  return 0;
}

function render(event: AskEvent, write: (text: string) => void, setRoute: (route: Route) => void, route: Route | undefined): void {
  switch (event.type) {
    case "route":
      setRoute(event.route);
      write(`[route: ${event.route}${event.decision ? ` (confidence ${event.decision.confidence.toFixed(2)})` : " (forced)"}${event.conversation?.followUp ? ` — follow-up, answered as: ${event.conversation.standalone}` : ""}]\n`);
      return;
    case "fallback":
      write(`[${route ?? event.from} failed (${event.reason}); ${event.route} answers]\n`);
      return;
    case "delta":
      write(event.text);
      return;
    case "done": {
      const footer = renderAnswer(event).split("\n").slice(event.text.split("\n").length);
      write(`\n${footer.join("\n")}\n`);
    }
  }
}
