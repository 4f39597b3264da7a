import { defineTandemTestConfig } from "../../vitest.shared";

export default defineTandemTestConfig(import.meta.url, { testTimeout: 120_000, hookTimeout: 180_000 });
