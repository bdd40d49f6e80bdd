import { NextResponse, type NextRequest } from "next/server";

import {
  decodeSessionToken,
  encodeSessionToken,
  sessionCookieName,
  sessionCookieOptions,
  shouldRenew,
} from "@/lib/auth/session-token";
import { getEnv } from "@/lib/env";
import { contentSecurityPolicy, HSTS, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";

/**
 * Runs before every page and route: a CSP nonce and security headers, a
 * convenience redirect to sign-in for pages behind it, and sliding renewal of
 * the session cookie. It is NOT the security boundary: every page, data read and
 * server action checks the session itself (CVE-2025-29927).
 */

const PROTECTED_PREFIXES = ["/dashboard", "/plan", "/onboarding", "/account"];

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export async function proxy(request: NextRequest) {
  const env = getEnv();
  const { pathname, search } = request.nextUrl;
  const https = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const nonce = btoa(crypto.randomUUID());
  const oauthOrigins = [
    ...(env.GITHUB_ID ? ["https://github.com"] : []),
    ...(env.GOOGLE_CLIENT_ID ? ["https://accounts.google.com"] : []),
  ];
  const csp = contentSecurityPolicy({ nonce, dev: env.NODE_ENV === "development", https, oauthOrigins });

  const cookieName = sessionCookieName();
  const token = await decodeSessionToken(request.cookies.get(cookieName)?.value);

  let response: NextResponse;
  if (!token && isProtectedPath(pathname) && request.method === "GET") {
    const url = request.nextUrl.clone();
    url.pathname = "/signin";
    url.search = `?callbackUrl=${encodeURIComponent(`${pathname}${search}`)}`;
    response = NextResponse.redirect(url);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("x-pathname", `${pathname}${search}`);
    requestHeaders.set("Content-Security-Policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    if (token && shouldRenew(token)) {
      const { iat: _iat, exp: _exp, jti: _jti, ...claims } = token;
      response.cookies.set(cookieName, await encodeSessionToken(claims), sessionCookieOptions());
    }
  }

  response.headers.set("Content-Security-Policy", csp);
  for (const { key, value } of STATIC_SECURITY_HEADERS) response.headers.set(key, value);
  if (env.NODE_ENV === "production" && https) response.headers.set(HSTS.key, HSTS.value);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
