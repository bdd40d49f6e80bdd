import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const SECRET = "unit-test-secret-0123456789abcdef0123456789";

async function loadProxy(env: Record<string, string>) {
  vi.resetModules();
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  return import("@/proxy");
}

beforeEach(() => vi.unstubAllEnvs());
afterEach(() => vi.unstubAllEnvs());

describe("proxy.ts", () => {
  it("sends a nonce-based CSP and the security headers, with HSTS in production over https", async () => {
    const { proxy } = await loadProxy({
      NODE_ENV: "production",
      NEXTAUTH_URL: "https://planner.example",
      NEXTAUTH_SECRET: SECRET,
    });
    const res = await proxy(new NextRequest("https://planner.example/"));
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
    expect(csp).not.toContain("unsafe-eval");
    for (const d of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "upgrade-insecure-requests",
    ]) {
      expect(csp).toContain(d);
    }
    expect(res.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("uses a new nonce on every request", async () => {
    const { proxy } = await loadProxy({ NODE_ENV: "production", NEXTAUTH_SECRET: SECRET });
    const a = (await proxy(new NextRequest("http://localhost/"))).headers.get("content-security-policy");
    const b = (await proxy(new NextRequest("http://localhost/"))).headers.get("content-security-policy");
    expect(a).not.toBe(b);
  });

  it("sends no HSTS over plain http", async () => {
    const { proxy } = await loadProxy({
      NODE_ENV: "production",
      NEXTAUTH_URL: "http://localhost:3000",
      NEXTAUTH_SECRET: SECRET,
    });
    const res = await proxy(new NextRequest("http://localhost:3000/"));
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("redirects an anonymous visitor of a signed-in page to sign-in with the way back", async () => {
    const { proxy } = await loadProxy({ NODE_ENV: "production", NEXTAUTH_SECRET: SECRET });
    const res = await proxy(new NextRequest("http://localhost/plan/architect?filter=done"));
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe(
      `http://localhost/signin?callbackUrl=${encodeURIComponent("/plan/architect?filter=done")}`,
    );
    expect((await proxy(new NextRequest("http://localhost/choose"))).status).toBe(200);
  });

  it("renews a session cookie older than a day (sliding 7-day sessions), not a fresh one", async () => {
    const { proxy } = await loadProxy({ NODE_ENV: "production", NEXTAUTH_SECRET: SECRET });
    const { encode } = await import("next-auth/jwt");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 25 * 3600 * 1000); // issued 25 hours ago
    const old = await encode({ token: { sub: "u1", sv: 0 }, secret: SECRET, maxAge: 7 * 86400 });
    vi.useRealTimers();
    const fresh = await encode({ token: { sub: "u1", sv: 0 }, secret: SECRET, maxAge: 7 * 86400 });
    const renewed = await proxy(
      new NextRequest("http://localhost/dashboard", {
        headers: { cookie: `next-auth.session-token=${old}` },
      }),
    );
    expect(renewed.status).toBe(200);
    const set = renewed.cookies.get("next-auth.session-token");
    expect(set?.value).toBeTruthy();
    expect(set?.maxAge).toBe(7 * 86400);
    expect(set?.httpOnly).toBe(true);
    const kept = await proxy(
      new NextRequest("http://localhost/dashboard", {
        headers: { cookie: `next-auth.session-token=${fresh}` },
      }),
    );
    expect(kept.cookies.get("next-auth.session-token")).toBeUndefined();
  });
});
