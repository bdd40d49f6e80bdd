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
    /** Proxies in front of the app that append to X-Forwarded-For (see lib/auth/request.ts). */
    AUTH_TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(10).default(1),
    NEXT_PHASE: optionalString,
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

/** Development fallback so `npm run dev` works with no .env; production refuses it (see schema). */
export function authSecret(env: Env = getEnv()): string {
  return env.NEXTAUTH_SECRET ?? "development-only-secret-change-me-development-only";
}
