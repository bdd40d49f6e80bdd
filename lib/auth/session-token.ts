import { decode, encode, type JWT, type JWTDecodeParams } from "next-auth/jwt";

import { authSecret, getEnv } from "@/lib/env";

/**
 * Sessions end 30 days after sign-in (absolute) or after 7 days without a request (idle). Both
 * are enforced by the session's database record (lib/auth/sessions.ts); the cookie simply lives
 * as long as the absolute lifetime, so it never has to be re-issued.
 */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
export const SESSION_IDLE_SECONDS = 7 * 24 * 60 * 60;

/** next-auth's own cookie name, so its route handler and ours read the same cookie. */
export function secureCookies(): boolean {
  return getEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/** The attributes of the session cookie; its deletion must carry the same ones (a browser ignores it otherwise). */
export function sessionCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: secureCookies(),
  };
}

export function encodeSessionToken(token: JWT): Promise<string> {
  return encode({ token, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
}

/**
 * The only JWE header we issue (next-auth's encode(): direct key, AES-256-GCM). Checked before
 * decrypting, because jose would otherwise also accept a token whose header asks for a
 * password-based key (PBES2 with a large iteration count: ~11 ms of CPU per forged cookie) or
 * key wrapping. Compared as the exact decoded header, not by parsing the algorithm out of it.
 */
const ISSUED_HEADER = JSON.stringify({ alg: "dir", enc: "A256GCM" });

export function hasIssuedHeader(token: string): boolean {
  const dot = token.indexOf(".");
  if (dot <= 0 || dot > 200) return false;
  try {
    return Buffer.from(token.slice(0, dot), "base64url").toString("utf8") === ISSUED_HEADER;
  } catch {
    return false;
  }
}

/**
 * next-auth's own decode() behind the header check; also installed as `jwt.decode` in
 * authOptions, so next-auth's route handler refuses the same tokens.
 */
export async function guardedDecode(params: JWTDecodeParams): Promise<JWT | null> {
  if (!params.token || !hasIssuedHeader(params.token)) return null;
  return decode(params);
}

/** The token's claims when its header, encryption and expiry are valid; the session record is checked elsewhere. */
export async function decodeSessionToken(value: string | undefined): Promise<JWT | null> {
  if (!value) return null;
  try {
    return await guardedDecode({ token: value, secret: authSecret() });
  } catch {
    return null;
  }
}
