import { routeSchema } from "@tandem/core";
import { z } from "zod";

/** One message of a conversation (OpenAI chat roles). An assistant message may say which route answered it. */
export const conversationMessageSchema = z.object({
  role: z.enum(["system", "user", "assistant"]),
  content: z.string(),
  /** The route that produced this assistant message, when the client kept it (saves re-routing that turn). */
  route: routeSchema.optional(),
});
export type ConversationMessage = z.infer<typeof conversationMessageSchema>;
