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

const PROTECTED_PREFIXES = ["/dashboard", "/plan", "/onboarding", "/account", "/schedule"];

export function isProtectedPath(pathname: string): boolean {
  return PROTECTED_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

const ACTION_BODY_LIMIT = 1024 * 1024; // Next's default serverActions.bodySizeLimit

/** Plain-text action bodies are one row: references to other rows ("$@1", "$Q2", "$T"…) cannot resolve. */
function unresolvable(value: unknown): boolean {
  if (typeof value === "string")
    return value.startsWith("$") && !/^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n\d)/.test(value);
  if (Array.isArray(value)) return value.some(unresolvable);
  if (value && typeof value === "object") return Object.values(value).some(unresolvable);
  return false;
}

/**
 * Next answers an action body it cannot decode with a 500 (action-handler.js: "TODO … respond
 * with a 413"). Refuse the obvious cases first with a 4xx.
 */
async function refuseUndecodableAction(request: NextRequest): Promise<NextResponse | null> {
  const invalid = () => new NextResponse("Invalid Server Action request.", { status: 400 });
  const tooLarge = () => new NextResponse("Request body too large.", { status: 413 });
  if (Number(request.headers.get("content-length") ?? 0) > ACTION_BODY_LIMIT) return tooLarge();
  const type = request.headers.get("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    // A fetch action's form always carries its root row "0", itself JSON.
    try {
      const root = (await request.clone().formData()).get("0");
      if (typeof root !== "string") return invalid();
      JSON.parse(root);
      return null;
    } catch {
      return invalid();
    }
  }
  const text = await request.clone().text();
  if (text.length > ACTION_BODY_LIMIT) return tooLarge();
  try {
    const args: unknown = JSON.parse(text);
    return Array.isArray(args) && !unresolvable(args) ? null : invalid();
  } catch {
    return invalid();
  }
}

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action")) {
    const refused = await refuseUndecodableAction(request);
    if (refused) return refused;
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
