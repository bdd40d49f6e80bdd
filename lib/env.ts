import { z } from "zod";

/**
 * Every environment variable the app reads, validated once. A bad value fails
 * start-up with a message that names the variable. Nothing here is exposed to
 * the browser: the app has no NEXT_PUBLIC_ variables.
 */

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const postgresUrl = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional()
  .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
    message: "must be a postgresql:// connection string",
  });

const MAIL_FROM_PATTERN = /^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Real PostgreSQL. Unset: the embedded PGlite database under PGLITE_DIR. */
    DATABASE_URL: postgresUrl,
    /** Where embedded PGlite keeps its files; "memory://" keeps nothing. */
    PGLITE_DIR: z.string().trim().min(1).default(".data/pglite"),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    NEXTAUTH_SECRET: optionalString,
    NEXTAUTH_URL: z.url({ message: "must be an absolute URL such as http://localhost:3000" }).optional(),
    GITHUB_ID: optionalString,
    GITHUB_SECRET: optionalString,
    GOOGLE_CLIENT_ID: optionalString,
    GOOGLE_CLIENT_SECRET: optionalString,
    /**
     * Test-only: raises the sign-in throttle limits so parallel e2e journeys do
     * not lock each other out. Never set in production; NODE_ENV alone never relaxes limits.
     */
    AUTH_THROTTLE_RELAXED_FOR_TESTS: z.enum(["0", "1"]).default("0"),
    /**
     * Test-only: lets an e2e browser pin the time of its own requests with the
     * `test-now` cookie (lib/clock/request.ts). Refused on an https deployment.
     */
    TEST_CLOCK: z.enum(["0", "1"]).default("0"),
    /**
     * Outgoing mail (password reset, address verification): an smtp:// or smtps:// URL with the
     * credentials in it, e.g. smtp://user:pass@mail.example.com:587. Unset in development: every mail
     * is printed to the server log instead. Unset in production: refused unless EMAIL_DISABLED=1.
     */
    SMTP_URL: optionalString.refine((v) => v === undefined || /^smtps?:\/\/[^/\s]+/.test(v), {
      message: "must be an smtp:// or smtps:// URL such as smtp://user:pass@mail.example.com:587",
    }),
    /** The sender of every mail: an address, optionally with a name ("Study Planner <no-reply@example.com>"). */
    MAIL_FROM: optionalString.refine((v) => v === undefined || MAIL_FROM_PATTERN.test(v), {
      message: 'must be an address like no-reply@example.com or "Name <no-reply@example.com>"',
    }),
    /** "1": run without sending any mail (no password reset, no verification). A deliberate choice. */
    EMAIL_DISABLED: z.enum(["0", "1"]).default("0"),
    /** Proxies in front of the app that append to X-Forwarded-For (see lib/auth/request.ts). */
    AUTH_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
    NEXT_PHASE: optionalString,
    /** The port `next dev`/`next start` listen on; only for links in mails when NEXTAUTH_URL is unset. */
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  })
  .superRefine((value, ctx) => {
    if (value.TEST_CLOCK === "1" && value.NEXTAUTH_URL?.startsWith("https://")) {
      ctx.addIssue({
        code: "custom",
        path: ["TEST_CLOCK"],
        message: "is for tests only and must not be set on an https deployment",
      });
    }
    const building = value.NEXT_PHASE === "phase-production-build";
    if (value.NODE_ENV === "production" && !building) {
      if (!value.NEXTAUTH_SECRET || value.NEXTAUTH_SECRET.length < 32) {
        ctx.addIssue({
          code: "custom",
          path: ["NEXTAUTH_SECRET"],
          message:
            "is required in production and must be at least 32 characters (make one with `openssl rand -base64 32`)",
        });
      }
      if (!value.SMTP_URL && value.EMAIL_DISABLED !== "1") {
        ctx.addIssue({
          code: "custom",
          path: ["SMTP_URL"],
          message:
            "is required in production (password reset and address verification send mail); set EMAIL_DISABLED=1 to run without mail on purpose",
        });
      }
      if (value.SMTP_URL && value.EMAIL_DISABLED !== "1") {
        if (!value.MAIL_FROM) {
          ctx.addIssue({
            code: "custom",
            path: ["MAIL_FROM"],
            message: "is required in production with SMTP_URL",
          });
        }
        if (!value.NEXTAUTH_URL) {
          ctx.addIssue({
            code: "custom",
            path: ["NEXTAUTH_URL"],
            message: "is required in production with SMTP_URL: links in mails are built from it",
          });
        }
      }
    }
  });

export type Env = z.infer<typeof schema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`,
    );
    throw new Error(`Invalid environment variables:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The validated environment, parsed on first use. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Whether this server sends mail (to an SMTP server, or to its log in development). */
export function emailEnabled(env: Env = getEnv()): boolean {
  return env.EMAIL_DISABLED !== "1";
}

/** The sender of every mail. */
export function mailFrom(env: Env = getEnv()): string {
  return env.MAIL_FROM ?? "AWS Study Planner <no-reply@localhost>";
}

/**
 * The public origin for links in mails. Never the request's Host header, which the client
 * chooses (a reset link pointing at someone else's host would hand them the token).
 */
export function publicOrigin(env: Env = getEnv()): string {
  return (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

/** Development fallback so `npm run dev` works with no .env; production refuses it (see schema). */
export function authSecret(env: Env = getEnv()): string {
  return env.NEXTAUTH_SECRET ?? "development-only-secret-change-me-development-only";
}
