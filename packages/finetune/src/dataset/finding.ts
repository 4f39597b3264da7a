// Hygiene findings use the validator's Finding shape and its rule registry (Q01–Q07), so hygiene and validation
// findings can be listed, filtered and counted together.
export type { Finding } from "../validation/finding";
