import hkdf from "@panva/hkdf";
import { jwtDecrypt } from "jose";
import { encode, type JWT } from "next-auth/jwt";

import { authSecret, getEnv } from "@/lib/env";
import { now } from "@/lib/clock";

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

/*
 * Decoding runs on every signed-in request, twice (proxy.ts and getCurrentUser). next-auth's own
 * decode() derives the encryption key with HKDF on every call (on libuv's thread pool), which made
 * it 12 times slower than the decryption itself. This is the same derivation and the same
 * jwtDecrypt call as next-auth 4's decode() (next-auth/jwt/index.js), with the key kept per secret;
 * tests/unit/session-token.test.ts holds the two to the same answers.
 */
const encryptionKeys = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: string): Promise<Uint8Array> {
  let key = encryptionKeys.get(secret);
  if (key === undefined) {
    key = hkdf("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32);
    key.catch(() => encryptionKeys.delete(secret));
    encryptionKeys.set(secret, key);
  }
  return key;
}

/** The token's claims when its signature and expiry are valid; revocation is checked elsewhere. */
export async function decodeSessionToken(value: string | undefined): Promise<JWT | null> {
  if (!value) return null;
  try {
    const { payload } = await jwtDecrypt(value, await encryptionKey(authSecret()), { clockTolerance: 15 });
    return payload as JWT;
  } catch {
    return null;
  }
}

export function shouldRenew(token: JWT, nowSeconds: number = Math.floor(now().getTime() / 1000)): boolean {
  const issuedAt = typeof token.iat === "number" ? token.iat : 0;
  return nowSeconds - issuedAt > SESSION_RENEW_AFTER_SECONDS;
}
