import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const SECRET = "unit-test-secret-0123456789abcdef0123456789";

async function loadProxy(env: Record<string, string>) {
  vi.resetModules();
  for (const [k, v] of Object.entries({ EMAIL_DISABLED: "1", ...env })) vi.stubEnv(k, v);
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

  it("lets a request with a session cookie through without decoding it (the page checks the record)", async () => {
    const { proxy } = await loadProxy({ NODE_ENV: "production", NEXTAUTH_SECRET: SECRET });
    const res = await proxy(
      new NextRequest("http://localhost/dashboard", {
        headers: { cookie: "next-auth.session-token=whatever" },
      }),
    );
    expect(res.status).toBe(200);
    // Nothing to renew: the cookie lives as long as the session may; the record's idle window slides in SQL.
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("gives prefetch requests the same headers as any page", async () => {
    const { proxy, config } = await loadProxy({ NODE_ENV: "production", NEXTAUTH_SECRET: SECRET });
    expect(JSON.stringify(config.matcher)).not.toContain("prefetch");
    const prefetches: Record<string, string>[] = [
      { purpose: "prefetch" },
      { "next-router-prefetch": "1", rsc: "1" },
    ];
    for (const headers of prefetches) {
      const res = await proxy(new NextRequest("http://localhost/exams", { headers }));
      expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-/);
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("answers an undecodable server-action body with 400 before Next sees it", async () => {
    const { proxy } = await loadProxy({ NODE_ENV: "production", NEXTAUTH_SECRET: SECRET });
    const res = await proxy(
      new NextRequest("http://localhost/plan/architect", {
        method: "POST",
        body: '["$Q5"]',
        headers: { "next-action": "abc", "content-type": "text/plain" },
      }),
    );
    expect(res.status).toBe(400);
  });
});
