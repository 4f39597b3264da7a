import { type ExampleContext, isObject, namePattern, typeName, withArticle } from "../example-context";
import { checkContentParts } from "./content-part-checks";
import type { DeclaredTools } from "./tool-definition-checks";
import { describeSchemaErrors } from "./tool-schemas";

/** What the messages of an example declare around them. */
export interface MessageEnvironment {
  /** Functions declared in `tools` (undefined when the example has no `tools`). */
  tools: DeclaredTools | undefined;
  /** Functions declared in legacy `functions`. */
  functions: DeclaredTools | undefined;
  /** The example's `parallel_tool_calls`, when it is a boolean. */
  parallelToolCalls: boolean | undefined;
}

/** What the example-level checks need to know about the messages. */
export interface MessageSummary {
  assistants: number;
  trainableAssistants: number;
  users: number;
  lastRole: string | undefined;
  images: number;
  usesFunctionCall: boolean;
}

const specialTokenText = /<\|[A-Za-z0-9_]+\|>/;
const noCalls: { id: string; pointer: string }[] = [];

/**
 * The message-level rules (M01–M06), turn order (E06, E07), tool calls (T02–T05, E09, legacy T06) and image
 * parts (E10) over one message list, in a single walk.
 */
export function checkMessages(messages: readonly unknown[], base: string, context: ExampleContext, environment: MessageEnvironment): MessageSummary {
  const summary: MessageSummary = { assistants: 0, trainableAssistants: 0, users: 0, lastRole: undefined, images: 0, usesFunctionCall: false };
  const turns = new TurnOrder(base, context);
  for (let index = 0; index < messages.length; index += 1) {
    const message = messages[index];
    const at = `${base}/${index}`;
    if (!isObject(message)) {
      context.report("M03", at, `a message must be an object {"role": ..., "content": ...}, not ${typeName(message)}`);
      continue;
    }
    const role = message.role;
    if (typeof role !== "string") {
      context.report("M03", `${at}/role`, `the message has no role${role === undefined ? "" : ` (role is ${typeName(role)})`}`, { hint: "add role: system, user, assistant or tool" });
      continue;
    }
    summary.lastRole = role;
    const known = (context.profile.roles as readonly string[]).includes(role);
    if (!known) {
      const standard = ["system", "user", "assistant", "tool", "function"].includes(role);
      context.report("M01", `${at}/role`, `role "${role}" is not accepted${standard ? ` by the ${context.profile.name} profile` : ""} (allowed: ${context.profile.roles.join(", ")})`);
    } else {
      checkKeys(message, role, at, context);
    }
    if (role === "assistant") {
      summary.assistants += 1;
      if (message.weight === undefined || message.weight === 1) summary.trainableAssistants += 1;
    }
    if (role === "user") summary.users += 1;
    checkWeight(message, role, at, context);
    if (message.name !== undefined && (typeof message.name !== "string" || !namePattern.test(message.name))) {
      context.report("M05", `${at}/name`, `name ${JSON.stringify(message.name)} should match ^[a-zA-Z0-9_-]{1,64}$`);
    }
    const calls = role === "assistant" && message.tool_calls !== undefined ? checkToolCalls(message.tool_calls, `${at}/tool_calls`, context, environment) : noCalls;
    if (role === "assistant" && message.function_call !== undefined) {
      summary.usesFunctionCall = true;
      checkFunctionCall(message.function_call, `${at}/function_call`, context, environment);
    }
    const hasCalls = (Array.isArray(message.tool_calls) && message.tool_calls.length > 0) || isObject(message.function_call);
    summary.images += checkContent(message, role, hasCalls, at, context);
    if (role === "function" && typeof message.name !== "string") {
      context.report("T06", `${at}/name`, "a function message needs the name of the function it answers");
    }
    if (known) turns.next(role, index, message, calls, hasCalls);
  }
  return summary;
}

function checkKeys(message: Record<string, unknown>, role: string, at: string, context: ExampleContext): void {
  const allowed = context.profile.messageKeys[role as keyof typeof context.profile.messageKeys];
  if (!allowed) return;
  for (const key in message) {
    // weight has its own rule (M04), which says where it belongs.
    if (!allowed.includes(key) && key !== "weight") {
      context.report("M02", `${at}/${key}`, `key "${key}" is not allowed on ${withArticle(role)} message (allowed: ${allowed.join(", ")})`);
    }
  }
}

function checkWeight(message: Record<string, unknown>, role: string, at: string, context: ExampleContext): void {
  if (!("weight" in message)) return;
  if (role !== "assistant") context.report("M04", `${at}/weight`, `weight is only allowed on assistant messages, not on ${role}`);
  else if (message.weight !== 0 && message.weight !== 1) context.report("M04", `${at}/weight`, `weight must be the integer 0 or 1, not ${JSON.stringify(message.weight)}`);
}

/** M03 (+ E10 for image parts, M06 for special-token text); returns the number of images. */
function checkContent(message: Record<string, unknown>, role: string, hasCalls: boolean, at: string, context: ExampleContext): number {
  const content = message.content;
  const optional = role === "assistant" && hasCalls;
  if (content === undefined || content === null) {
    if (!optional) context.report("M03", `${at}/content`, `the ${role} message has ${content === null ? "null" : "no"} content`);
    return 0;
  }
  if (typeof content === "string") {
    if (content.length === 0 && !optional && role !== "tool") {
      context.report("M03", `${at}/content`, `the ${role} message's content is empty (missing_content)`, { hint: "give the message text, or drop it" });
    }
    if (content.includes("<|") && specialTokenText.test(content)) {
      context.report("M06", `${at}/content`, `contains special-token text ${specialTokenText.exec(content)?.[0]}; counted as plain text`);
    }
    return 0;
  }
  if (Array.isArray(content)) return checkContentParts(content, role, `${at}/content`, context);
  context.report("M03", `${at}/content`, `content must be a string (or an array of parts), not ${typeName(content)}`);
  return 0;
}

/** T02 shape, T03 declared, T04 schema, E09 parallel; returns the well-formed calls. */
function checkToolCalls(toolCalls: unknown, at: string, context: ExampleContext, environment: MessageEnvironment): { id: string; pointer: string }[] {
  if (toolCalls === undefined) return [];
  if (!Array.isArray(toolCalls)) {
    context.report("T02", at, `tool_calls must be an array, not ${typeName(toolCalls)}`);
    return [];
  }
  if (environment.parallelToolCalls === false && toolCalls.length > 1) {
    context.report("E09", at, `parallel_tool_calls is false but this message makes ${toolCalls.length} tool calls`);
  }
  const calls: { id: string; pointer: string }[] = [];
  toolCalls.forEach((call: unknown, index) => {
    const pointer = `${at}/${index}`;
    if (!isObject(call)) return context.report("T02", pointer, `a tool call must be an object {id, type, function}, not ${typeName(call)}`);
    if (typeof call.id !== "string" || call.id.length === 0) context.report("T02", `${pointer}/id`, `the tool call needs a string id, not ${typeName(call.id)}`);
    else calls.push({ id: call.id, pointer });
    if (call.type !== "function") context.report("T02", `${pointer}/type`, `tool call type must be "function", not ${call.type === undefined ? "missing" : JSON.stringify(call.type)}`);
    if (!isObject(call.function)) return context.report("T02", `${pointer}/function`, `function must be an object {name, arguments}, not ${typeName(call.function)}`);
    checkCallTarget(call.function, `${pointer}/function`, "T02", environment.tools, "T03", context);
    return undefined;
  });
  return calls;
}

function checkFunctionCall(functionCall: unknown, at: string, context: ExampleContext, environment: MessageEnvironment): void {
  if (!isObject(functionCall)) return context.report("T06", at, `function_call must be an object {name, arguments}, not ${typeName(functionCall)}`);
  checkCallTarget(functionCall, at, "T06", environment.functions, "T06", context);
}

/** name + arguments of a call: arguments a JSON string holding an object, the name declared, the schema met. */
function checkCallTarget(
  target: Record<string, unknown>,
  at: string,
  shapeRule: string,
  declared: DeclaredTools | undefined,
  declaredRule: string,
  context: ExampleContext,
): void {
  const name = target.name;
  if (typeof name !== "string" || name.length === 0) context.report(shapeRule, `${at}/name`, `the call needs a function name, not ${typeName(name)}`);
  else if (declared && !declared.has(name)) {
    context.report(declaredRule, `${at}/name`, `function "${name}" is not declared in ${declaredRule === "T06" ? "functions" : "tools"} (declared: ${[...declared.keys()].join(", ") || "none"})`);
  }
  const argumentsText = target.arguments;
  if (typeof argumentsText !== "string") {
    const hint = isObject(argumentsText) ? "serialise it: arguments: JSON.stringify({...}) (axolotl accepts objects; OpenAI and Mistral require a string)" : undefined;
    context.report(shapeRule, `${at}/arguments`, `arguments must be a JSON string, not ${typeName(argumentsText)}`, hint ? { hint } : {});
    return;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(argumentsText);
  } catch (error) {
    context.report(shapeRule, `${at}/arguments`, `arguments is not valid JSON: ${(error as Error).message}`);
    return;
  }
  if (!isObject(parsed)) {
    context.report(shapeRule, `${at}/arguments`, `arguments must hold a JSON object, not ${typeName(parsed)}`);
    return;
  }
  const compiled = typeof name === "string" ? declared?.get(name) : undefined;
  if (compiled && "validate" in compiled && !compiled.validate(parsed)) {
    context.report("T04", `${at}/arguments`, `arguments do not match the parameters of "${String(name)}": ${describeSchemaErrors(compiled.validate)}`);
  }
}

/**
 * Turn order (E06 system first and once, E07 user → assistant alternation with tool results between) and
 * tool-call pairing (T05).
 */
class TurnOrder {
  private previous: string | undefined;
  private previousCalled = false;
  private systems = 0;
  // Created on the first tool call: most examples have none.
  private open: Map<string, string> | undefined;
  private seenIds: Set<string> | undefined;

  constructor(
    private readonly base: string,
    private readonly context: ExampleContext,
  ) {}

  next(role: string, index: number, message: Record<string, unknown>, calls: { id: string; pointer: string }[], hasCalls: boolean): void {
    const at = `${this.base}/${index}`;
    const order = this.context.strictSeverity;
    if (role === "system") {
      this.systems += 1;
      if (this.systems > 1) this.context.report("E06", `${at}/role`, "a second system message (only one is allowed, as the first message)");
      else if (index !== 0) this.context.report("E06", `${at}/role`, "the system message must be the first message");
      return;
    }
    const previous = this.previous;
    if (role === "tool") {
      if (previous !== "tool" && !(previous === "assistant" && this.previousCalled)) {
        this.context.report("E07", `${at}/role`, "a tool message must follow an assistant message with tool_calls (or another tool message)", { severity: order });
      }
      this.answer(message.tool_call_id, at);
    } else if (role === "function") {
      if (!(previous === "assistant" && this.previousCalled)) this.context.report("E07", `${at}/role`, "a function message must follow an assistant function_call", { severity: order });
    } else {
      this.unanswered(role);
      if (previous === undefined && role !== "user") {
        this.context.report("E07", `${at}/role`, `the conversation starts with ${role}; it should start with a user message (after the optional system message)`, { severity: order });
      } else if (previous === role && !(role === "assistant" && this.previousCalled)) {
        this.context.report("E07", `${at}/role`, `two ${role} messages in a row (Azure reports this as "invalid schema (20)"; Together rejects it)`, { severity: order });
      } else if (role === "user" && (previous === "tool" || previous === "function")) {
        this.context.report("E07", `${at}/role`, "tool results must be followed by an assistant turn before the next user message", { severity: order });
      }
      for (const call of calls) {
        this.seenIds ??= new Set();
        this.open ??= new Map();
        if (this.seenIds.has(call.id)) this.context.report("T05", `${call.pointer}/id`, `tool call id "${call.id}" is used twice in the example`);
        this.seenIds.add(call.id);
        this.open.set(call.id, call.pointer);
      }
    }
    this.previous = role;
    this.previousCalled = role === "assistant" ? hasCalls : role === "tool" || role === "function" ? this.previousCalled : false;
  }

  private answer(id: unknown, at: string): void {
    if (typeof id !== "string") {
      this.context.report("T05", `${at}/tool_call_id`, `a tool message needs the tool_call_id of the call it answers, not ${typeName(id)}`);
    } else if (this.open?.has(id)) {
      this.open.delete(id);
    } else {
      this.context.report("T05", `${at}/tool_call_id`, `tool_call_id "${id}" does not answer an open call${this.seenIds?.has(id) ? " (already answered)" : ""}`);
    }
  }

  private unanswered(role: string): void {
    if (!this.open || this.open.size === 0) return;
    for (const [id, pointer] of this.open) {
      this.context.report("T05", `${pointer}/id`, `tool call "${id}" gets no tool message before the next ${role} turn`);
    }
    this.open.clear();
  }
}
