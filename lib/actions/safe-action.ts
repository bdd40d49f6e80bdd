import "server-only";

import { unstable_rethrow } from "next/navigation";
import { z } from "zod";

import { cookies } from "next/headers";

import { getCurrentUser, type CurrentUser } from "@/lib/auth";
import { decodeSessionToken, sessionCookieName } from "@/lib/auth/session-token";
import { hashSessionId, sessionWindow } from "@/lib/auth/sessions";

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

/** A session cookie whose encryption and expiry are valid, not yet checked against its record. */
export interface SessionClaims {
  userId: string;
  /** The sha256 of the session id: the "Session" row's "sessionToken". */
  sessionHash: string;
  /** UTC instants for the record's absolute and idle checks ("now" from lib/clock). */
  window: ReturnType<typeof sessionWindow>;
}

/**
 * For the hot path only (the check-off): like `authedAction`, but it decodes the session
 * cookie without reading the database, and hands the claims to `fn`, which MUST check the
 * session record in the same statement as its write (joining "Session" on "sessionToken" with
 * "expires" > now and "lastSeenAt" > the idle cutoff) and return `fail("unauthorized", SIGNED_OUT)`
 * when no row qualified. That saves one database round trip per request and keeps the session
 * check in the same transaction as the write (ADR 006).
 */
export function sessionCheckedAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>, session: SessionClaims) => Promise<ActionResult<T>>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> =>
    run(async () => {
      const token = await decodeSessionToken((await cookies()).get(sessionCookieName())?.value);
      if (!token || typeof token.sub !== "string" || typeof token.sid !== "string")
        return fail("unauthorized", SIGNED_OUT);
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return invalid(parsed.error);
      return fn(parsed.data, {
        userId: token.sub,
        sessionHash: hashSessionId(token.sid),
        window: sessionWindow(),
      });
    });
}

function formObject(formData: unknown): Record<string, string> {
  if (!(formData instanceof FormData)) return {};
  const out: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

/** Fields never sent back to the browser: passwords, and tokens from mailed links. */
const SECRET_FIELD = /password|token/i;
const MAX_ECHOED_LENGTH = 2_000;

/**
 * A refused form comes back with what was typed (React resets a form after its action, so the
 * form uses these as default values), except secrets and oversized values.
 */
function withValues<T>(result: ActionResult<T>, values: Record<string, string>): ActionResult<T> {
  if (result.ok) return result;
  const kept = Object.fromEntries(
    Object.entries(values).filter(([k, v]) => !SECRET_FIELD.test(k) && v.length <= MAX_ECHOED_LENGTH),
  );
  return { ...result, values: kept };
}

/** A server action for a signed-in user's form, for `useActionState`. */
export function authedFormAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionResult<T>>,
) {
  const action = authedAction(schema, fn);
  return async (_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const values = formObject(formData);
    return withValues(await action(values), values);
  };
}

/** A server action anyone may call (sign-up, sign-in), for `useActionState`. */
export function publicFormAction<S extends z.ZodType, T>(
  schema: S,
  fn: (input: z.infer<S>) => Promise<ActionResult<T>>,
) {
  return async (_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    const values = formObject(formData);
    const parsed = schema.safeParse(values);
    if (!parsed.success) return withValues(invalid(parsed.error), values);
    return withValues(await run(() => fn(parsed.data)), values);
  };
}

/** A public server action bound directly to a `<form action>` (no result shown), e.g. sign-out. */
export function publicSubmitAction<S extends z.ZodType>(schema: S, fn: (input: z.infer<S>) => Promise<void>) {
  return async (formData: FormData): Promise<void> => {
    const parsed = schema.safeParse(formObject(formData));
    if (!parsed.success) return;
    await fn(parsed.data); // redirects; an error reaches the error page rather than vanishing
  };
}
