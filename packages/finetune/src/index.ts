// @tandem/finetune — fine-tuning dataset preparation.
export {
  chatExampleSchema,
  chatMessageSchema,
  loadChatExamples,
  examplePrompt,
  messageText,
  type ChatExample,
  type ChatMessage,
  type LoadedChatExamples,
} from "./readers/chat-examples";
