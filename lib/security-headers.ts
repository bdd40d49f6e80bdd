/**
 * Security headers. The CSP carries a per-request nonce for scripts (set in
 * proxy.ts); the rest are static and also set in next.config.js for files the
 * proxy does not see.
 */

export interface CspOptions {
  nonce: string;
  dev: boolean;
  https: boolean;
  /** Origins OAuth sign-in forms are redirected to (form-action applies to redirects). */
  oauthOrigins?: string[];
}

export function contentSecurityPolicy({ nonce, dev, https, oauthOrigins = [] }: CspOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // 'strict-dynamic' lets Next's nonce'd bootstrap load its chunks; dev's React needs eval.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(dev ? ["ws:", "wss:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'", ...oauthOrigins],
  };
  const parts = Object.entries(directives).map(([k, v]) => `${k} ${v.join(" ")}`);
  if (https) parts.push("upgrade-insecure-requests");
  return parts.join("; ");
}

export { STATIC_SECURITY_HEADERS } from "./static-security-headers.js";

export const HSTS = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };
