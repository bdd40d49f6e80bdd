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
      parseEnv({ NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32), EMAIL_DISABLED: "1" })
        .NEXTAUTH_SECRET,
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

  describe("mail", () => {
    const production = { NODE_ENV: "production", NEXTAUTH_SECRET: "x".repeat(32) };

    it("refuses to start in production without SMTP_URL, unless mail is disabled on purpose", () => {
      expect(() => parseEnv(production)).toThrow(/SMTP_URL: is required in production/);
      expect(parseEnv({ ...production, EMAIL_DISABLED: "1" }).EMAIL_DISABLED).toBe("1");
      expect(() => parseEnv({ ...production, EMAIL_DISABLED: "yes" })).toThrow(/EMAIL_DISABLED/);
    });

    it("needs MAIL_FROM and NEXTAUTH_URL with SMTP_URL in production (links in mails use it)", () => {
      const smtp = { ...production, SMTP_URL: "smtp://user:pass@mail.example.com:587" };
      expect(() => parseEnv(smtp)).toThrow(/MAIL_FROM: is required/);
      expect(() => parseEnv({ ...smtp, MAIL_FROM: "no-reply@example.com" })).toThrow(
        /NEXTAUTH_URL: is required/,
      );
      const env = parseEnv({
        ...smtp,
        MAIL_FROM: "Study Planner <no-reply@example.com>",
        NEXTAUTH_URL: "https://planner.example.com",
      });
      expect(env.SMTP_URL).toBe("smtp://user:pass@mail.example.com:587");
    });

    it("accepts smtp:// and smtps:// URLs and sender addresses with or without a name", () => {
      expect(parseEnv({ SMTP_URL: "smtps://mail.example.com" }).SMTP_URL).toBe("smtps://mail.example.com");
      expect(() => parseEnv({ SMTP_URL: "http://mail.example.com" })).toThrow(
        /SMTP_URL: must be an smtp:\/\//,
      );
      expect(() => parseEnv({ SMTP_URL: "mail.example.com:25" })).toThrow(/SMTP_URL/);
      expect(parseEnv({ MAIL_FROM: "a@b.example" }).MAIL_FROM).toBe("a@b.example");
      expect(() => parseEnv({ MAIL_FROM: "not an address" })).toThrow(/MAIL_FROM/);
      expect(() => parseEnv({ MAIL_FROM: "Name <a@b.example>\r\nBcc: x@y.example" })).toThrow(/MAIL_FROM/);
    });

    it("runs without SMTP_URL in development (mails go to the server log)", () => {
      expect(parseEnv({ NODE_ENV: "development" }).SMTP_URL).toBeUndefined();
    });
  });
});
