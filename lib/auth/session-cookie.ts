import "server-only";

import { cookies } from "next/headers";

import { encodeSessionToken, sessionCookieName, sessionCookieOptions } from "./session-token";

/** Signs the user in on this device: the same JWT cookie next-auth itself issues. */
export async function startSession(user: { id: string; email: string; sessionVersion: number }) {
  const token = await encodeSessionToken({ sub: user.id, email: user.email, sv: user.sessionVersion });
  (await cookies()).set(sessionCookieName(), token, sessionCookieOptions());
}

export async function endSession() {
  (await cookies()).delete({ name: sessionCookieName(), path: "/" });
}
