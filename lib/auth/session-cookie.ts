import "server-only";

import { cookies } from "next/headers";

import { createSession, deleteSession } from "./sessions";
import {
  decodeSessionToken,
  encodeSessionToken,
  SESSION_MAX_AGE_SECONDS,
  sessionCookieName,
  sessionCookieOptions,
} from "./session-token";

/** Signs the user in on this device: a new session record, named by next-auth's own JWT cookie. */
export async function startSession(user: { id: string }): Promise<string> {
  const sid = await createSession(user.id);
  const token = await encodeSessionToken({ sub: user.id, sid });
  (await cookies()).set(sessionCookieName(), token, {
    ...sessionCookieOptions(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  return sid;
}

/** The session id named by this request's cookie (not checked against the database). */
export async function currentSessionId(): Promise<string | null> {
  const token = await decodeSessionToken((await cookies()).get(sessionCookieName())?.value);
  return typeof token?.sid === "string" ? token.sid : null;
}

/**
 * Removes the cookie with the same name, path, Secure and SameSite attributes it was set with: a
 * browser ignores a deletion of a `__Secure-` cookie that lacks `Secure`.
 */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete({ name: sessionCookieName(), ...sessionCookieOptions() });
}

/** Signs this device out: its session record goes, then its cookie. */
export async function endSession(): Promise<void> {
  const sid = await currentSessionId();
  if (sid) await deleteSession(sid);
  await clearSessionCookie();
}
