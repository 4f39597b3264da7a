import { defineTandemTestConfig } from "../../vitest.shared";

export default defineTandemTestConfig(import.meta.url);
