import { describe, expect, it, vi } from "vitest";

import { signOutEverywhere } from "@/lib/actions/account";
import { signOut } from "@/lib/actions/auth";
import { getCurrentUser } from "@/lib/auth";

import { signUpAndSignIn } from "../support/accounts";
import { browser, form, redirectOf, restoreCookies, snapshotCookies } from "../support/next-request";

// A deployment on https: next-auth's cookie is "__Secure-next-auth.session-token" with Secure.
vi.hoisted(() => {
  process.env.NEXTAUTH_URL = "https://planner.example";
});

const NAME = "__Secure-next-auth.session-token";

function parse(header: string) {
  const [pair, ...attributes] = header.split(/;\s*/);
  return { pair: pair ?? "", attributes: new Set(attributes.map((a) => a.toLowerCase())) };
}

describe("signing out over https", () => {
  it.each([
    ["sign out", () => redirectOf(() => signOut(form({})))],
    ["sign out everywhere", () => redirectOf(() => signOutEverywhere(null, form({})))],
  ])(
    "%s deletes the cookie with the attributes it was set with, and the old token stops working",
    async (_name, run) => {
      await signUpAndSignIn(
        `https-${Date.now()}-${Math.random()}@example.com`,
        "correct horse battery staple 42",
      );
      const set = browser.setCookieHeaders.find(
        (h) => h.startsWith(`${NAME}=`) && !h.startsWith(`${NAME}=;`),
      );
      expect(set, "the session cookie was set").toBeDefined();
      const issued = parse(set!);
      expect(issued.attributes).toEqual(new Set([...issued.attributes].filter(Boolean)));
      for (const a of ["path=/", "secure", "httponly", "samesite=lax"])
        expect(issued.attributes).toContain(a);

      const stolen = snapshotCookies();
      browser.setCookieHeaders.length = 0;
      await run();
      const deletion = browser.setCookieHeaders.find((h) => h.startsWith(`${NAME}=;`));
      expect(deletion, browser.setCookieHeaders.join("\n")).toBeDefined();
      const removed = parse(deletion!);
      for (const a of ["path=/", "secure", "httponly", "samesite=lax"])
        expect(removed.attributes).toContain(a);
      expect([...removed.attributes].some((a) => a.startsWith("expires=thu, 01 jan 1970"))).toBe(true);

      restoreCookies(stolen);
      expect(await getCurrentUser()).toBeNull();
    },
  );
});
