import "server-only";

import { unstable_rethrow } from "next/navigation";
import { z } from "zod";

import { cookies } from "next/headers";

import { getCurrentUser, type CurrentUser } from "@/lib/auth";
import { decodeSessionToken, sessionCookieName } from "@/lib/auth/session-token";

import { fail, type ActionResult } from "./result";

/**
 * Every server action goes through one of these wrappers, so none can forget:
 * 1. authentication (authed actions) — checked here, never trusted from proxy.ts;
 * 2. validation with the input's zod schema;
 * 3. a typed result instead of a raw error.
 * The action body then checks that the rows it touches belong to `ctx.user`.
 */

export const SIGNED_OUT = "Your session has ended. Sign in again to save changes.";
const SERVER_ERROR = "Something went wrong on our side and nothing was saved. Please try again.";

function invalid(error: z.ZodError): ActionResult<never> {
  const fieldErrors = z.flattenError(error).fieldErrors as Record<string, string[]>;
  const first = Object.values(fieldErrors).flat()[0] ?? error.issues[0]?.message;
  return fail("invalid", first ?? "Some of the information is not valid.", fieldErrors);
}

async function run<T>(fn: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await fn();
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are not failures
    console.error("[action] failed", error);
    return fail("server", SERVER_ERROR);
  }
}

export interface ActionContext {
  user: CurrentUser;
}

/** A server action for a signed-in user, called with a plain object. */
export function authedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionResult<T>>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> =>
    run(async () => {
      const user = await getCurrentUser(); // a database outage throws: a typed "server" result
      if (!user) return fail("unauthorized", SIGNED_OUT);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return invalid(parsed.error);
      return fn(parsed.data, { user });
    });
}

/** The claims of a session cookie whose signature and expiry are valid, not yet checked for revocation. */
export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

/**
 * For the hot path only (the check-off): like `authedAction`, but it decodes the session
 * cookie without reading the user row, and hands the claims to `fn`, which MUST check
 * the session version in the same statement as its write (joining "User" on id and
 * "sessionVersion") and return `fail("unauthorized", SIGNED_OUT)` when no row qualified.
 * That saves one database round trip per request and keeps the revocation check in the
 * same transaction as the write (docs/BENCHMARKS.md, R5).
 */
export function sessionCheckedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>, session: SessionClaims) => Promise<ActionResult<T>>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> =>
    run(async () => {
      const token = await decodeSessionToken((await cookies()).get(sessionCookieName())?.value);
      if (!token || typeof token.sub !== "string" || typeof token.sv !== "number")
        return fail("unauthorized", SIGNED_OUT);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return invalid(parsed.error);
      return fn(parsed.data, { userId: token.sub, sessionVersion: token.sv });
    });
}

function formObject(formData: unknown): Record<string, unknown> {
  if (!(formData instanceof FormData)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

/** A server action for a signed-in user's form, for `useActionState`. */
export function authedFormAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionResult<T>>,
) {
  const action = authedAction(schema, fn);
  return async (_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> =>
    action(formObject(formData));
}

/** A server action anyone may call (sign-up, sign-in), for `useActionState`. */
export function publicFormAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>) => Promise<ActionResult<T>>,
) {
  return async (_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(formObject(formData));
    if (!parsed.success) return invalid(parsed.error);
    return run(() => fn(parsed.data));
  };
}
