import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";

describe("the environment module", () => {
  it("accepts an empty environment in development (embedded database)", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe(".data/pglite");
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must be a postgresql:\/\//);
    expect(() => parseEnv({ DATABASE_POOL_MAX: "lots" })).toThrow(/DATABASE_POOL_MAX/);
  });

  it("requires a strong NEXTAUTH_SECRET in production, but not while building", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/NEXTAUTH_SECRET: is required in production/);
    expect(() => parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
    expect(parseEnv({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" }).NODE_ENV).toBe(
      "production",
    );
    expect(
      parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) }).NEXTAUTH_SECRET,
    ).toHaveLength(32);
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", GITHUB_ID: "" })).toMatchObject({
      DATABASE_URL: undefined,
      GITHUB_ID: undefined,
    });
  });

  it("refuses the test clock on an https deployment", () => {
    expect(parseEnv({ TEST_CLOCK: "1", NEXTAUTH_URL: "http://127.0.0.1:3100" }).TEST_CLOCK).toBe("1");
    expect(() => parseEnv({ TEST_CLOCK: "1", NEXTAUTH_URL: "https://planner.example.com" })).toThrow(
      /TEST_CLOCK: is for tests only/,
    );
    expect(() => parseEnv({ TEST_CLOCK: "yes" })).toThrow(/TEST_CLOCK/);
  });
});
