import { NextResponse, type NextRequest } from "next/server";

import { sessionCookieName } from "@/lib/auth/session-token";
import { getEnv } from "@/lib/env";
import { refuseUndecodableAction } from "@/lib/http/action-body-guard";
import { contentSecurityPolicy, HSTS, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";

/**
 * Runs before every page and route, prefetches included: a CSP nonce and security headers, and a
 * convenience redirect to sign-in for pages behind it when there is no session cookie at all. It
 * is NOT the security boundary: every page, data read and server action checks the session
 * record itself (CVE-2025-29927). It reads no database and decodes no cookie: there is nothing
 * to renew in the browser, since the cookie lives as long as the session may, and the idle
 * window slides in the statement that checks the session (ADR 012).
 */

const PROTECTED_PREFIXES = ["/dashboard", "/plan", "/onboarding", "/account", "/schedule"];

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refused = await refuseUndecodableAction(request);
    if (refused) return new NextResponse(refused.body, { status: refused.status });
  }
  const env = getEnv();
  const { pathname, search } = request.nextUrl;
  const https = env.NEXTAUTH_URL?.startsWith("https://") ?? false;
  const nonce = btoa(crypto.randomUUID());
  const oauthOrigins = [
    ...(env.GITHUB_ID ? ["https://github.com"] : []),
    ...(env.GOOGLE_CLIENT_ID ? ["https://accounts.google.com"] : []),
  ];
  const csp = contentSecurityPolicy({ nonce, dev: env.NODE_ENV === "development", https, oauthOrigins });

  let response: NextResponse;
  if (!request.cookies.has(sessionCookieName()) && isProtectedPath(pathname) && request.method === "GET") {
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
  }

  response.headers.set("Content-Security-Policy", csp);
  for (const { key, value } of STATIC_SECURITY_HEADERS) response.headers.set(key, value);
  if (env.NODE_ENV === "production" && https) response.headers.set(HSTS.key, HSTS.value);
  return response;
}

export const config = {
  // Prefetches (Next's router and the browser's `Purpose: prefetch`) run through here too: a
  // prefetched document may become the page the user sees, so it needs the same headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg).*)"],
};
