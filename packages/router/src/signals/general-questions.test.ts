import { describe, expect, it } from "vitest";
import { isGeneralQuestion } from "./general-questions";

describe("isGeneralQuestion", () => {
  it("recognises questions about a notion, in several languages", () => {
    for (const text of [
      "whats the diference between a copay and coinsurance",
      "what does HMO stand for and how is it different from a PPO",
      "how do I squash the last 3 commits into one",
      "que significa deducible? explicamelo facil",
      "qué es un formulario de medicamentos",
      "c'est quoi une franchise ?",
      "Was bedeutet Selbstbeteiligung?",
    ]) {
      expect(isGeneralQuestion(text), text).toBe(true);
    }
  });

  it("leaves questions about particular facts, and quoted material, alone", () => {
    for (const text of [
      "What is the copay for Eliquis on the Turquoise plan?",
      "cuanto es el copay de eliquis en el plan turquoise",
      "When does AquaPay shut down for good?",
      'Triage this ticket: "what does error 410 mean?"',
      "Which release made the strict sandbox the default?",
    ]) {
      expect(isGeneralQuestion(text), text).toBe(false);
    }
  });
});
