// @ts-check
/**
 * Security headers for every response, static files included. Plain JS so that
 * next.config.js can import it too. The CSP, which needs a per-request nonce,
 * is set in proxy.ts (lib/security-headers.ts).
 * @type {ReadonlyArray<{ key: string; value: string }>}
 */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];
