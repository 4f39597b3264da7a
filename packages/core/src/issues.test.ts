import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeSchemaIssues, keysAt, nearestKey } from "./issues";

describe("nearestKey", () => {
  it("finds the key a typo meant: a swap, a dropped or doubled letter, another case", () => {
    const router = ["defaultRoute", "rules", "policy", "minConfidence", "coverage"];
    expect(nearestKey("defualtRoute", router)).toBe("defaultRoute");
    expect(nearestKey("polcy", router)).toBe("policy");
    expect(nearestKey("rulles", router)).toBe("rules");
    expect(nearestKey("DefaultRoute", router)).toBe("defaultRoute");
  });

  it("suggests nothing when no key is near", () => {
    expect(nearestKey("zzzz", ["defaultRoute", "rules", "policy"])).toBeUndefined();
    expect(nearestKey("x", ["k"])).toBeUndefined();
    expect(nearestKey("anything", [])).toBeUndefined();
  });
});

describe("keysAt and describeSchemaIssues", () => {
  const schema = z.strictObject({
    router: z
      .strictObject({
        policy: z.enum(["auto", "thresholds"]).default("auto"),
        rules: z.array(z.strictObject({ name: z.string(), pattern: z.string().optional() })).default([]),
        feedback: z.union([z.literal(false), z.strictObject({ documents: z.number(), terms: z.number().default(10) })]).optional(),
      })
      .prefault({}),
  });

  it("reads the keys of an object through defaults, arrays and unions", () => {
    expect(keysAt(schema, [])).toEqual(["router"]);
    expect(keysAt(schema, ["router"])).toEqual(["policy", "rules", "feedback"]);
    expect(keysAt(schema, ["router", "rules", 0])).toEqual(["name", "pattern"]);
    expect(keysAt(schema, ["router", "feedback"])).toEqual(["documents", "terms"]);
    expect(keysAt(schema, ["router", "policy"])).toEqual([]);
  });

  it("makes each unknown key its own problem at its own path, and narrows a union to the value's shape", () => {
    const result = schema.safeParse({ router: { polcy: "auto", zzzz: 1, rules: [{ name: "a", patern: "x" }], feedback: { documnts: 3 } } });
    expect(result.success).toBe(false);
    const problems = describeSchemaIssues(result.error?.issues ?? [], schema);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: ["router", "polcy"], message: 'unknown key — did you mean "policy"?' },
        { path: ["router", "zzzz"], message: "unknown key (known here: policy, rules, feedback)" },
        { path: ["router", "rules", 0, "patern"], message: 'unknown key — did you mean "pattern"?' },
        { path: ["router", "feedback", "documnts"], message: 'unknown key — did you mean "documents"?' },
        { path: ["router", "feedback", "documents"], message: expect.stringMatching(/expected number/) },
      ]),
    );
    expect(problems).toHaveLength(5);
  });
});
