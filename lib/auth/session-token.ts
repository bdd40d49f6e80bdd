import { decode, encode, type JWT } from "next-auth/jwt";

import { authSecret, getEnv } from "@/lib/env";

/** Sessions last 7 days and slide: a token older than a day is re-issued on the next request. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_RENEW_AFTER_SECONDS = 24 * 60 * 60;

/** next-auth's own cookie name, so its route handler and ours read the same cookie. */
export function secureCookies(): boolean {
  return getEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

export function sessionCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: secureCookies(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  };
}

export function encodeSessionToken(token: JWT): Promise<string> {
  return encode({ token, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** The token's claims when its signature and expiry are valid; revocation is checked elsewhere. */
export async function decodeSessionToken(value: string | undefined): Promise<JWT | null> {
  if (!value) return null;
  try {
    return await decode({ token: value, secret: authSecret() });
  } catch {
    return null;
  }
}

export function shouldRenew(token: JWT, nowSeconds: number = Math.floor(Date.now() / 1000)): boolean {
  const issuedAt = typeof token.iat === "number" ? token.iat : 0;
  return nowSeconds - issuedAt > SESSION_RENEW_AFTER_SECONDS;
}
