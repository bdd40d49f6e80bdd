/**
 * The client's IP address for the per-IP sign-in limit. Next fills
 * X-Forwarded-For with the socket address only when the request has none, and a
 * client can send its own, so the leftmost entry is the client's choice. We take
 * the entry added by the outermost trusted proxy: `trustedHops` from the right
 * (AUTH_TRUSTED_PROXY_HOPS, default 1: one load balancer that appends). Exposed
 * directly, a client can still vary this address; the per-account limit holds
 * regardless.
 */
export function clientIp(headers: Headers, trustedHops = 1): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const index = Math.max(0, entries.length - Math.max(1, trustedHops));
  return entries[index] || headers.get("x-real-ip")?.trim() || "unknown";
}

/**
 * Only same-origin paths are honoured as callbackUrl: "/plan/architect" yes,
 * "https://evil.example", "//evil.example" or "/\\evil.example" no.
 */
export function safeCallbackPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || value.length > 2_000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  try {
    const url = new URL(value, "http://local.invalid");
    if (url.origin !== "http://local.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
