// @tandem/models — LangChain chat and embedding models for Tandem: any OpenAI-compatible server, any `provider:model`
// through langchain's initChatModel, and deterministic offline stand-ins. Every model is a LangChain BaseChatModel /
// Embeddings. Building blocks for your own offline stand-in (the LocalChatModel base class, the reader's sentence
// selection) are in `@tandem/models/local`; text analysis is in `@tandem/text`.
export { createModels, describeModels, type ModelSet, type CreateModelsOptions } from "./create-models";
export { modelsConfigSchema, type ModelsConfig, type ModelsConfigInput } from "./config/models-config";
export { createChatModel, parseProviderModel, chatModelProviders, type ChatModelOptions, type ChatModelProvider } from "./chat-model";
export { createOpenAIChatModel, createOpenAIEmbeddings, type OpenAIChatModelOptions, type OpenAIEmbeddingsOptions, type OpenAIConnection } from "./openai/openai-provider";
export { LocalHashEmbeddings, type LocalHashEmbeddingsParams } from "./local/local-hash-embeddings";
export { LsaEmbeddings, type LsaEmbeddingsParams, type LsaFitOptions, type LsaModel } from "./local/lsa-embeddings";
export { UniversalSentenceEncoderEmbeddings, type UniversalSentenceEncoderEmbeddingsParams, type SentenceEncoderPooling } from "./local/universal-sentence-encoder-embeddings";
export { ConcatenatedEmbeddings, type ConcatenatedEmbeddingsParams, type EmbeddingsPart } from "./embeddings/concatenated-embeddings";
export { ExtractiveReader, type ExtractiveReaderParams } from "./local/extractive-reader";
export { ExampleMemoryModel, type ExampleMemoryModelParams, type MemoryExample } from "./local/example-memory-model";
export { groundedMessages, parseGroundedPrompt, messageContent, defaultGroundedSystem, type ContextBlock, type GroundedMessagesOptions } from "./grounded/grounded-prompt";
