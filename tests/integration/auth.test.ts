import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { GET as exportAccount } from "@/app/(app)/account/export/route";
import { changePassword, deleteAccount, signOutEverywhere } from "@/lib/actions/account";
import { signIn, signOut, signUp } from "@/lib/actions/auth";
import { addEnrollment, saveEnrollments, saveNote, saveTimeZone, setItemStatus } from "@/lib/actions/plan";
import { authOptions, getCurrentUser } from "@/lib/auth";
import { decodeSessionToken, sessionCookieName } from "@/lib/auth/session-token";
import { items } from "@/lib/curriculum";
import { db } from "@/lib/db";

import { testDb } from "../support/db";
import {
  browser,
  form,
  newBrowser,
  redirectOf,
  restoreCookies,
  snapshotCookies,
} from "../support/next-request";

const PASSWORD = "correct horse battery staple 42";
let n = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${++n}@example.com`;

async function signUpAs(email: string, password = PASSWORD) {
  return redirectOf(() => signUp(null, form({ email, password })));
}

async function userCount(email: string) {
  return db.user.count({ where: { email } });
}

beforeEach(() => newBrowser());
afterEach(() => vi.useRealTimers());

describe("sign up, sign out, sign in", () => {
  it("signs a new user in and sends them to onboarding", async () => {
    const email = uniqueEmail("journey");
    expect(await signUpAs(` ${email.toUpperCase()} `)).toBe("/onboarding");
    const user = await getCurrentUser();
    expect(user?.email).toBe(email); // normalized: trimmed, lower case
    expect(browser.cookies.has(sessionCookieName())).toBe(true);

    expect(await redirectOf(() => signOut())).toBe("/");
    expect(browser.cookies.has(sessionCookieName())).toBe(false);
    expect(await getCurrentUser()).toBeNull();

    const target = await redirectOf(() =>
      signIn(null, form({ email, password: PASSWORD, callbackUrl: "/plan/architect" })),
    );
    expect(target).toBe("/plan/architect");
    expect((await getCurrentUser())?.email).toBe(email);
  });

  it("stores an argon2id hash with at least OWASP's parameters", async () => {
    const email = uniqueEmail("hash");
    await signUpAs(email);
    const row = await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("gives one message for a wrong password and an unknown email", async () => {
    const email = uniqueEmail("wrong");
    await signUpAs(email);
    newBrowser();
    const wrong = await signIn(null, form({ email, password: "not the password at all" }));
    const unknown = await signIn(null, form({ email: uniqueEmail("nobody"), password: PASSWORD }));
    expect(wrong).toEqual({ ok: false, code: "invalid", message: "The email or password is incorrect." });
    expect(unknown).toEqual(wrong);
    expect(browser.cookies.size).toBe(0);
  });

  it("refuses a duplicate email with a message, not an error", async () => {
    const email = uniqueEmail("dup");
    await signUpAs(email);
    newBrowser();
    const again = await signUp(null, form({ email: email.toUpperCase(), password: PASSWORD }));
    expect(again).toMatchObject({ ok: false, code: "conflict" });
    expect(again.ok ? [] : again.fieldErrors?.email).toEqual([
      "An account with this email already exists. Sign in instead.",
    ]);
    expect(await userCount(email)).toBe(1);
  });

  it.each([
    ["short", "abc123", "Use at least 8 characters."],
    [
      "common",
      "password1",
      "This password is one of the most common ones and easy to guess. Choose another.",
    ],
    [
      "common, any case",
      "Sunshine1",
      "This password is one of the most common ones and easy to guess. Choose another.",
    ],
    ["too long", "x".repeat(129), "Use at most 128 characters."],
  ])("refuses a %s password and creates nothing", async (_label, password, message) => {
    const email = uniqueEmail("weak");
    const result = await signUp(null, form({ email, password }));
    expect(result.ok ? [] : result.fieldErrors?.password).toEqual([message]);
    expect(await userCount(email)).toBe(0);
  });

  it("refuses an invalid email", async () => {
    const result = await signUp(null, form({ email: "not-an-email", password: PASSWORD }));
    expect(result.ok ? [] : result.fieldErrors?.email).toEqual([
      "Enter an email address like name@example.com.",
    ]);
  });

  it("rejects a sign-up whose honeypot is filled", async () => {
    const email = uniqueEmail("bot");
    const result = await signUp(null, form({ email, password: PASSWORD, website: "http://spam.example" }));
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await userCount(email)).toBe(0);
    expect(browser.cookies.size).toBe(0);
  });

  it.each(["https://evil.example/steal", "//evil.example", "/\\evil.example", "javascript:alert(1)"])(
    "ignores a foreign callbackUrl %s",
    async (callbackUrl) => {
      const email = uniqueEmail("cb");
      await signUpAs(email);
      newBrowser();
      expect(await redirectOf(() => signIn(null, form({ email, password: PASSWORD, callbackUrl })))).toBe(
        "/dashboard",
      );
    },
  );
});

describe("the sign-in throttle", () => {
  it("refuses the 11th attempt even with the right password, and recovers after the window", async () => {
    const email = uniqueEmail("throttle");
    await signUpAs(email);
    newBrowser("198.51.100.7");
    for (let i = 0; i < 10; i++) {
      const r = await signIn(null, form({ email, password: `wrong password ${i}` }));
      expect(r).toMatchObject({ ok: false, code: "invalid" });
    }
    const eleventh = await signIn(null, form({ email, password: PASSWORD }));
    expect(eleventh).toMatchObject({ ok: false, code: "throttled" });
    expect(eleventh.ok ? "" : eleventh.message).toMatch(/Try again in 1[45] minutes\./);

    // Another IP is refused too: the account itself is locked.
    newBrowser("198.51.100.8");
    expect(await signIn(null, form({ email, password: PASSWORD }))).toMatchObject({ code: "throttled" });

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 16 * 60 * 1000);
    expect(await redirectOf(() => signIn(null, form({ email, password: PASSWORD })))).toBe("/dashboard");
  });

  it("limits one IP across accounts", async () => {
    newBrowser("192.0.2.55");
    for (let i = 0; i < 10; i++) {
      await signIn(null, form({ email: uniqueEmail(`spray${i}`), password: "whatever123" }));
    }
    const email = uniqueEmail("victim");
    newBrowser("192.0.2.99");
    await signUpAs(email);
    newBrowser("192.0.2.55");
    expect(await signIn(null, form({ email, password: PASSWORD }))).toMatchObject({ code: "throttled" });
  });
});

describe("revocable sessions", () => {
  it("a password change invalidates every other session cookie but keeps this device signed in", async () => {
    const email = uniqueEmail("pwchange");
    await signUpAs(email);
    const oldCookie = snapshotCookies();

    const wrong = await changePassword(
      null,
      form({ currentPassword: "nope nope nope", newPassword: "a brand new passphrase" }),
    );
    expect(wrong.ok ? [] : wrong.fieldErrors?.currentPassword).toEqual([
      "The current password is incorrect.",
    ]);

    const changed = await changePassword(
      null,
      form({ currentPassword: PASSWORD, newPassword: "a brand new passphrase" }),
    );
    expect(changed).toMatchObject({ ok: true });
    expect((await getCurrentUser())?.email).toBe(email);

    restoreCookies(oldCookie); // the replayed old cookie
    expect(await getCurrentUser()).toBeNull();
    // The check-off checks the session version inside its own statement: refused, nothing written.
    expect(await setItemStatus({ itemId: items[0]!.id, status: "done" })).toMatchObject({
      ok: false,
      code: "unauthorized",
    });
    const written = await testDb().sql.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM "ItemProgress" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1)
            + (SELECT count(*) FROM "Activity" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1) AS n`,
      [email],
    );
    expect(Number(written[0]?.n)).toBe(0);
    // next-auth's own session endpoint refuses it too (jwt callback).
    const token = await decodeSessionToken(oldCookie.get(sessionCookieName()));
    await expect(
      authOptions.callbacks!.jwt!({ token: token!, user: undefined as never, account: null }),
    ).rejects.toThrow();

    newBrowser();
    expect(await signIn(null, form({ email, password: PASSWORD }))).toMatchObject({ code: "invalid" });
    expect(await redirectOf(() => signIn(null, form({ email, password: "a brand new passphrase" })))).toBe(
      "/dashboard",
    );
  });

  it("sign out everywhere revokes the current and every other session", async () => {
    const email = uniqueEmail("everywhere");
    await signUpAs(email);
    const cookie = snapshotCookies();
    expect(await redirectOf(() => signOutEverywhere(null, form({})))).toBe("/signin?signedOut=everywhere");
    restoreCookies(cookie);
    expect(await getCurrentUser()).toBeNull();
    expect(await setItemStatus({ itemId: items[0]!.id, status: "in_progress" })).toMatchObject({
      code: "unauthorized",
    });
  });

  it("issues a token next-auth itself accepts", async () => {
    const email = uniqueEmail("compat");
    await signUpAs(email);
    const token = await decodeSessionToken(browser.cookies.get(sessionCookieName()));
    expect(token).toMatchObject({ email, sv: 0 });
    const checked = await authOptions.callbacks!.jwt!({
      token: token!,
      user: undefined as never,
      account: null,
    });
    expect(checked.email).toBe(email);
  });
});

describe("account deletion and export", () => {
  async function seedEverything() {
    const email = uniqueEmail("everything");
    await signUpAs(email);
    const user = (await getCurrentUser())!;
    const item = items[0]!;
    await redirectOf(() =>
      saveEnrollments(
        null,
        form({ architect: "on", architectDate: "2099-01-01", timeZone: "Europe/Berlin" }),
      ),
    );
    expect(await setItemStatus({ itemId: item.id, status: "done" })).toMatchObject({ ok: true });
    expect(await saveNote({ itemId: item.id, body: "chapter 3" })).toMatchObject({ ok: true });
    return { email, user, item };
  }

  it("exports everything stored about the user and nothing secret", async () => {
    const { email, item } = await seedEverything();
    const res = await exportAccount();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="aws-study-planner-account-/,
    );
    const text = await res.text();
    const data = JSON.parse(text);
    expect(data.user.email).toBe(email);
    expect(data.user.timeZone).toBe("Europe/Berlin");
    expect(data.user.enrollments).toEqual([
      expect.objectContaining({ cert: "architect", targetDate: "2099-01-01" }),
    ]);
    expect(data.user.progress).toEqual([expect.objectContaining({ itemId: item.id, status: "done" })]);
    expect(data.user.notes).toEqual([expect.objectContaining({ itemId: item.id, body: "chapter 3" })]);
    expect(data.user.activity).toEqual([
      expect.objectContaining({ itemId: item.id, fromStatus: "todo", toStatus: "done" }),
    ]);
    expect(text).not.toMatch(/passwordHash|argon2/);
  });

  it("refuses to export for an anonymous visitor", async () => {
    expect((await exportAccount()).status).toBe(401);
  });

  it("deletes every row of the user only after the email is typed", async () => {
    const { user } = await seedEverything();
    const cookieOfDeletedUser = snapshotCookies();
    const wrong = await deleteAccount(null, form({ confirmEmail: "someone@else.example" }));
    expect(wrong).toMatchObject({ ok: false, code: "invalid" });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);

    expect(
      await redirectOf(() => deleteAccount(null, form({ confirmEmail: user.email.toUpperCase() }))),
    ).toBe("/?accountDeleted=1");
    expect(browser.cookies.size).toBe(0);
    for (const table of ["User", "Enrollment", "ItemProgress", "ItemNote", "Activity", "Account"]) {
      const column = table === "User" ? "id" : "userId";
      const rows = await testDb().sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = $1`,
        [user.id],
      );
      expect(rows[0]?.n, table).toBe(0);
    }

    // A copy of the deleted user's cookie can't write anything back.
    restoreCookies(cookieOfDeletedUser);
    expect(await setItemStatus({ itemId: items[1]!.id, status: "done" })).toMatchObject({
      code: "unauthorized",
    });
    const progress = await testDb().sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "ItemProgress" WHERE "userId" = $1`,
      [user.id],
    );
    expect(progress[0]?.n).toBe(0);
  });
});

describe("anonymous callers", () => {
  const calls: [string, () => Promise<unknown>][] = [
    ["setItemStatus", () => setItemStatus({ itemId: items[0]!.id, status: "done" })],
    ["saveNote", () => saveNote({ itemId: items[0]!.id, body: "x" })],
    ["addEnrollment", () => addEnrollment({ cert: "developer" })],
    ["saveTimeZone", () => saveTimeZone({ timeZone: "Asia/Tokyo" })],
    ["saveEnrollments", () => saveEnrollments(null, form({ architect: "on" }))],
    [
      "changePassword",
      () => changePassword(null, form({ currentPassword: PASSWORD, newPassword: "another long passphrase" })),
    ],
    ["signOutEverywhere", () => signOutEverywhere(null, form({}))],
    ["deleteAccount", () => deleteAccount(null, form({ confirmEmail: "a@b.example" }))],
  ];

  it.each(calls)("are refused by %s and change nothing", async (_name, call) => {
    const before = await testDb().sql.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "Enrollment") + (SELECT count(*) FROM "ItemProgress")
            + (SELECT count(*) FROM "ItemNote") + (SELECT count(*) FROM "Activity") AS n`,
    );
    newBrowser();
    expect(await call()).toMatchObject({ ok: false, code: "unauthorized" });
    const after = await testDb().sql.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "Enrollment") + (SELECT count(*) FROM "ItemProgress")
            + (SELECT count(*) FROM "ItemNote") + (SELECT count(*) FROM "Activity") AS n`,
    );
    expect(after).toEqual(before);
  });

  it("are refused with a forged or garbage cookie", async () => {
    browser.cookies.set(
      sessionCookieName(),
      "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.forged.forged.forged",
    );
    expect(await getCurrentUser()).toBeNull();
    expect(await setItemStatus({ itemId: items[0]!.id, status: "done" })).toMatchObject({
      code: "unauthorized",
    });
  });
});
