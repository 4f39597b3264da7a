// @tandem/router/conversation — the parts of conversation routing, usable alone: follow-up detection, offline
// condensation into a standalone query, and routing a conversation with stickiness. (The dispatcher does all of
// this when given `history`; `conversationMessageSchema` and `createLlmCondenser` are on the package root.)
export { detectFollowUp, type FollowUp } from "./follow-up";
export { condenseFollowUp } from "./condense-follow-up";
export { routeConversation, type ConversationRouting, type RouteConversationOptions } from "./route-conversation";
