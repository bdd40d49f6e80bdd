import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { GET as exportAccount } from "@/app/(app)/account/export/route";
import { changeEmail, changePassword, deleteAccount, signOutEverywhere } from "@/lib/actions/account";
import {
  confirmEmail,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  signIn,
  signOut,
  signUp,
} from "@/lib/actions/auth";
import { addEnrollment, saveEnrollments, saveNote, saveTimeZone, setItemStatus } from "@/lib/actions/plan";
import { authOptions, getCurrentUser } from "@/lib/auth";
import { purgeExpired } from "@/lib/auth/housekeeping";
import { limitKey } from "@/lib/auth/limits";
import { decodeSessionToken, sessionCookieName } from "@/lib/auth/session-token";
import { pinClock, unpinClock } from "@/lib/clock";
import { items } from "@/lib/curriculum";
import { db } from "@/lib/db";
import type * as PasswordModule from "@/lib/auth/password";

import { freshIp, mailedToken, signUpAndSignIn } from "../support/accounts";
import { mailbox, testDb } from "../support/db";
import {
  browser,
  form,
  newBrowser,
  redirectOf,
  restoreCookies,
  settleAfterTasks,
  snapshotCookies,
} from "../support/next-request";

// Counts every argon2 verification (real or dummy): "evaluated" attempts.
const verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof PasswordModule>();
  return {
    ...original,
    verifyPassword: async (...args: Parameters<typeof original.verifyPassword>) => {
      verifications.count += 1;
      return original.verifyPassword(...args);
    },
    timingSafeDummyVerify: async (password: string) => {
      verifications.count += 1;
      return original.timingSafeDummyVerify(password);
    },
  };
});

const PASSWORD = "correct horse battery staple 42";
const NEW_PASSWORD = "a brand new passphrase 77";
let n = 0;
const uniqueEmail = (label: string) => `${label}-${Date.now()}-${++n}@example.com`;

async function userCount(email: string) {
  return db.user.count({ where: { email } });
}

async function writtenRows(email: string): Promise<number> {
  const rows = await testDb().sql.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM "ItemProgress" p JOIN "User" u ON u.id = p."userId" WHERE u.email = $1)
          + (SELECT count(*) FROM "Activity" a JOIN "User" u ON u.id = a."userId" WHERE u.email = $1) AS n`,
    [email],
  );
  return Number(rows[0]?.n);
}

async function expectSessionRefused(cookies: Map<string, string>) {
  restoreCookies(cookies);
  expect(await getCurrentUser()).toBeNull();
  expect(await setItemStatus({ itemId: items[0]!.id, status: "done" })).toMatchObject({
    ok: false,
    code: "unauthorized",
  });
  const token = await decodeSessionToken(cookies.get(sessionCookieName()));
  expect(token).not.toBeNull(); // the cookie itself is intact: only its record is gone
  await expect(
    authOptions.callbacks!.jwt!({ token: token!, user: undefined as never, account: null }),
  ).rejects.toThrow();
}

beforeEach(() => newBrowser(freshIp()));
afterEach(() => {
  vi.useRealTimers();
  unpinClock();
});

describe("sign up, confirm, sign out, sign in", () => {
  it("answers 'check your email', mails a link that confirms the address, then signs in", async () => {
    const email = uniqueEmail("journey");
    const result = await signUp(null, form({ email: ` ${email.toUpperCase()} `, password: PASSWORD }));
    expect(result).toEqual({ ok: true, data: { sentTo: email } }); // normalized: trimmed, lower case
    expect(browser.cookies.size).toBe(0); // not signed in before the address is confirmed

    await settleAfterTasks();
    const mail = await mailbox().waitFor(email);
    expect(mail.subject).toBe("Confirm your email address · AWS Study Planner");
    expect(mail.from?.text).toBe('"AWS Study Planner" <no-reply@planner.test>');
    expect(mail.html).toContain("/verify-email?token=");
    expect(`${mail.text}${mail.html}`).not.toContain(PASSWORD);

    const token = await mailedToken(email, "/verify-email");
    expect(await confirmEmail(null, form({ token }))).toEqual({
      ok: true,
      data: { purpose: "verify_email", signedIn: false },
    });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerified).not.toBeNull();
    // The link works once.
    expect(await confirmEmail(null, form({ token }))).toMatchObject({ ok: false, code: "invalid" });

    expect(
      await redirectOf(() => signIn(null, form({ email, password: PASSWORD, callbackUrl: "/onboarding" }))),
    ).toBe("/onboarding");
    expect(await getCurrentUser()).toMatchObject({ email, emailVerified: true });

    expect(await redirectOf(() => signOut(form({})))).toBe("/");
    expect(browser.cookies.has(sessionCookieName())).toBe(false);
    expect(await getCurrentUser()).toBeNull();
  });

  it("answers a sign-up for a taken address exactly like a new one, and mails the owner instead", async () => {
    const email = uniqueEmail("taken");
    await signUpAndSignIn(email, PASSWORD);
    const mailsBefore = mailbox().to(email).length;
    newBrowser(freshIp());
    const again = await signUp(
      null,
      form({ email: email.toUpperCase(), password: "another long passphrase" }),
    );
    const fresh = await signUp(null, form({ email: uniqueEmail("fresh"), password: PASSWORD }));
    expect(again).toEqual({ ok: true, data: { sentTo: email } });
    expect(Object.keys(again)).toEqual(Object.keys(fresh));
    expect(browser.cookies.size).toBe(0);
    expect(await userCount(email)).toBe(1);

    const notice = await mailbox().waitFor(email, mailsBefore + 1);
    expect(notice.subject).toBe("You already have an account · AWS Study Planner");
    expect(notice.text).toContain("/forgot-password");
    expect(notice.text).not.toContain("verify-email");
    // The owner's password is unchanged.
    newBrowser(freshIp());
    expect(await redirectOf(() => signIn(null, form({ email, password: PASSWORD })))).toBe("/dashboard");
  });

  it("stores an argon2id hash with at least OWASP's parameters", async () => {
    const email = uniqueEmail("hash");
    await signUpAndSignIn(email, PASSWORD);
    const row = await db.user.findUniqueOrThrow({ where: { email }, select: { passwordHash: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it("gives one message for a wrong password and an unknown email, and keeps the email typed", async () => {
    const email = uniqueEmail("wrong");
    await signUpAndSignIn(email, PASSWORD);
    newBrowser(freshIp());
    const wrong = await signIn(null, form({ email, password: "not the password at all" }));
    const unknown = await signIn(null, form({ email: "nobody@example.com", password: PASSWORD }));
    expect(wrong).toEqual({
      ok: false,
      code: "invalid",
      message: "The email or password is incorrect.",
      values: { email },
    });
    expect(unknown).toMatchObject({ ok: false, code: "invalid", message: wrong.ok ? "" : wrong.message });
    expect(JSON.stringify([wrong, unknown])).not.toContain("password at all");
    expect(browser.cookies.size).toBe(0);
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
  ])("refuses a %s password, creates nothing and keeps the email", async (_label, password, message) => {
    const email = uniqueEmail("weak");
    const result = await signUp(null, form({ email, password }));
    expect(result.ok ? [] : result.fieldErrors?.password).toEqual([message]);
    expect(result.ok ? null : result.values).toEqual({ email });
    expect(await userCount(email)).toBe(0);
  });

  it("says an empty email and password are required, not too short, and creates nothing", async () => {
    const result = await signUp(null, form({ email: "", password: "" }));
    expect(result.ok ? null : result.fieldErrors).toEqual({
      email: ["Email is required."],
      password: ["Password is required."],
    });
    expect(result.ok ? null : result.message).toBe("Email is required.");
    const signInResult = await signIn(null, form({ email: "", password: "" }));
    expect(signInResult.ok ? null : signInResult.fieldErrors).toEqual({
      email: ["Email is required."],
      password: ["Password is required."],
    });
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
  });

  it.each(["https://evil.example/steal", "//evil.example", "/\\evil.example", "javascript:alert(1)"])(
    "ignores a foreign callbackUrl %s",
    async (callbackUrl) => {
      const email = uniqueEmail("cb");
      await signUpAndSignIn(email, PASSWORD);
      newBrowser(freshIp());
      expect(await redirectOf(() => signIn(null, form({ email, password: PASSWORD, callbackUrl })))).toBe(
        "/dashboard",
      );
    },
  );
});

describe("limits that hold", () => {
  it("refuses the 11th attempt even with the right password, and recovers after the window", async () => {
    const email = uniqueEmail("throttle");
    await signUpAndSignIn(email, PASSWORD);
    newBrowser("198.51.100.7");
    for (let i = 0; i < 10; i++) {
      expect(await signIn(null, form({ email, password: `wrong password ${i}` }))).toMatchObject({
        code: "invalid",
      });
    }
    const eleventh = await signIn(null, form({ email, password: PASSWORD }));
    expect(eleventh).toMatchObject({ ok: false, code: "throttled" });
    expect(eleventh.ok ? "" : eleventh.message).toMatch(/Try again in 1[45] minutes\./);

    // Another address is refused too: the account's own count is full.
    newBrowser("198.51.100.8");
    expect(await signIn(null, form({ email, password: PASSWORD }))).toMatchObject({ code: "throttled" });

    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 16 * 60 * 1000);
    expect(await redirectOf(() => signIn(null, form({ email, password: PASSWORD })))).toBe("/dashboard");
  });

  it("evaluates at most 10 of 40 parallel wrong passwords for one account", async () => {
    const email = uniqueEmail("parallel");
    await signUpAndSignIn(email, PASSWORD);
    newBrowser(freshIp());
    verifications.count = 0;
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(null, form({ email, password: `parallel wrong ${i}` }))),
    );
    const evaluated = results.filter((r) => !r.ok && r.code === "invalid").length;
    const refused = results.filter((r) => !r.ok && r.code === "throttled").length;
    console.info(
      `[figures] 40 parallel wrong passwords: ${evaluated} evaluated, ${refused} refused unevaluated`,
    );
    expect(evaluated).toBeLessThanOrEqual(10);
    expect(verifications.count).toBeLessThanOrEqual(10);
    expect(evaluated + refused).toBe(40);
  });

  it("limits one address across accounts", async () => {
    newBrowser("192.0.2.55");
    for (let i = 0; i < 10; i++)
      await signIn(null, form({ email: uniqueEmail(`spray${i}`), password: "whatever123" }));
    const email = uniqueEmail("victim");
    await signUpAndSignIn(email, PASSWORD);
    newBrowser("192.0.2.55");
    expect(await signIn(null, form({ email, password: PASSWORD }))).toMatchObject({ code: "throttled" });
  });

  it("creates at most 10 accounts per hour from one address, even all at once", async () => {
    newBrowser("192.0.2.77");
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        signUp(null, form({ email: uniqueEmail(`flood${i}`), password: PASSWORD })),
      ),
    );
    const created = await db.user.count({ where: { email: { startsWith: "flood" } } });
    console.info(`[figures] 30 parallel sign-ups from one address: ${created} accounts created`);
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(created).toBe(10);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "throttled" });
  });

  it("keys counters by an HMAC: no email or address in the table, and the account's rows go with it", async () => {
    const email = uniqueEmail("hmac");
    await signUpAndSignIn(email, PASSWORD);
    newBrowser("203.0.113.201");
    await signIn(null, form({ email, password: "wrong wrong wrong" }));
    const keys = (await db.rateLimiterFlexible.findMany({ select: { key: true } })).map((r) => r.key);
    expect(keys).toContain(limitKey("account", email));
    expect(keys.join(" ")).not.toContain(email);
    expect(keys.join(" ")).not.toContain("203.0.113.201");

    newBrowser(freshIp());
    await redirectOf(() => signIn(null, form({ email, password: PASSWORD })));
    // A wrong password in the deletion form counts, then the deletion removes the account's counters.
    await deleteAccount(null, form({ currentPassword: "wrong wrong wrong" }));
    await redirectOf(() => deleteAccount(null, form({ currentPassword: PASSWORD })));
    const left = await db.rateLimiterFlexible.count({
      where: { key: { in: [limitKey("account", email), limitKey("mail_to", email)] } },
    });
    expect(left).toBe(0);
  });

  it("purges ended sessions, expired links and closed counters", async () => {
    const email = uniqueEmail("purge");
    await signUpAndSignIn(email, PASSWORD);
    await requestPasswordReset(null, form({ email }));
    const later = new Date(Date.now() + 40 * 24 * 60 * 60 * 1000);
    const purged = await purgeExpired(later);
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect(purged.tokens).toBeGreaterThanOrEqual(1);
    expect(purged.counters).toBeGreaterThanOrEqual(1);
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.emailToken.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("sessions", () => {
  it("sign-out deletes this device's record: a copy of the cookie opens nothing", async () => {
    const email = uniqueEmail("signout");
    await signUpAndSignIn(email, PASSWORD);
    const user = (await getCurrentUser())!;
    const stolen = snapshotCookies();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
    await redirectOf(() => signOut(form({})));
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    await expectSessionRefused(stolen);
    expect(await writtenRows(email)).toBe(0);
  });

  it("a password change ends every other session and keeps this device signed in", async () => {
    const email = uniqueEmail("pwchange");
    await signUpAndSignIn(email, PASSWORD);
    const other = snapshotCookies();
    newBrowser(freshIp());
    await redirectOf(() => signIn(null, form({ email, password: PASSWORD })));

    const wrong = await changePassword(
      null,
      form({ currentPassword: "nope nope nope", newPassword: NEW_PASSWORD }),
    );
    expect(wrong.ok ? [] : wrong.fieldErrors?.currentPassword).toEqual([
      "The current password is incorrect.",
    ]);
    expect(wrong.ok ? null : wrong.values).toEqual({}); // both fields are passwords: nothing comes back

    expect(
      await changePassword(null, form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })),
    ).toMatchObject({
      ok: true,
    });
    expect((await getCurrentUser())?.email).toBe(email);
    const here = snapshotCookies();
    await expectSessionRefused(other);
    expect(await writtenRows(email)).toBe(0);
    restoreCookies(here);
    expect((await getCurrentUser())?.email).toBe(email);

    newBrowser(freshIp());
    expect(await signIn(null, form({ email, password: PASSWORD }))).toMatchObject({ code: "invalid" });
    expect(await redirectOf(() => signIn(null, form({ email, password: NEW_PASSWORD })))).toBe("/dashboard");
  });

  it("guessing the current password on the account page goes through the account's limit", async () => {
    const email = uniqueEmail("guess");
    await signUpAndSignIn(email, PASSWORD);
    for (let i = 0; i < 10; i++) {
      await changePassword(null, form({ currentPassword: `guess number ${i}`, newPassword: NEW_PASSWORD }));
    }
    const blocked = await changePassword(
      null,
      form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }),
    );
    expect(blocked).toMatchObject({ ok: false, code: "throttled" });
    newBrowser(freshIp());
    expect(await signIn(null, form({ email, password: PASSWORD }))).toMatchObject({ code: "throttled" });
  });

  it("sign out everywhere ends the current and every other session", async () => {
    const email = uniqueEmail("everywhere");
    await signUpAndSignIn(email, PASSWORD);
    const first = snapshotCookies();
    newBrowser(freshIp());
    await redirectOf(() => signIn(null, form({ email, password: PASSWORD })));
    const second = snapshotCookies();
    expect(await redirectOf(() => signOutEverywhere(null, form({})))).toBe("/signin?signedOut=everywhere");
    await expectSessionRefused(first);
    await expectSessionRefused(second);
  });

  it("ends a session unused for 7 days, and any session 30 days after sign-in", async () => {
    const email = uniqueEmail("lifetime");
    const start = new Date("2030-01-01T08:00:00Z");
    pinClock(start);
    await signUpAndSignIn(email, PASSWORD);
    const cookies = snapshotCookies();
    const day = 24 * 60 * 60 * 1000;

    pinClock(new Date(start.getTime() + 6 * day)); // used after 6 days: slides the idle window
    expect(await getCurrentUser()).not.toBeNull();
    pinClock(new Date(start.getTime() + 12 * day + 60_000)); // 6 days later again: still fine
    expect(await getCurrentUser()).not.toBeNull();
    pinClock(new Date(start.getTime() + 19 * day + 120_000)); // 7 days and 1 minute idle: ended
    expect(await getCurrentUser()).toBeNull();

    newBrowser(freshIp());
    pinClock(start);
    await redirectOf(() => signIn(null, form({ email, password: PASSWORD })));
    const busy = snapshotCookies();
    for (let d = 5; d < 30; d += 5) {
      pinClock(new Date(start.getTime() + d * day));
      restoreCookies(busy);
      expect(await getCurrentUser(), `day ${d}`).not.toBeNull();
    }
    pinClock(new Date(start.getTime() + 30 * day + 1_000));
    restoreCookies(busy);
    expect(await getCurrentUser()).toBeNull();
    expect(await setItemStatus({ itemId: items[0]!.id, status: "done" })).toMatchObject({
      code: "unauthorized",
    });
    restoreCookies(cookies);
    expect(await getCurrentUser()).toBeNull();
  });

  it("issues a token next-auth itself accepts, naming a session record", async () => {
    const email = uniqueEmail("compat");
    await signUpAndSignIn(email, PASSWORD);
    const token = await decodeSessionToken(browser.cookies.get(sessionCookieName()));
    expect(token).toMatchObject({ sub: expect.any(String), sid: expect.any(String) });
    const checked = await authOptions.callbacks!.jwt!({
      token: token!,
      user: undefined as never,
      account: null,
    });
    expect(checked.email).toBe(email);
    // The database holds a hash of the session id, never the id itself.
    const rows = await db.session.findMany({ select: { sessionToken: true } });
    expect(rows.map((r) => r.sessionToken)).not.toContain(token!.sid);
  });
});

describe("password reset", () => {
  it("answers the same for any address, mails a single-use link, and signs in with the new password", async () => {
    const email = uniqueEmail("reset");
    await signUpAndSignIn(email, PASSWORD);
    const elsewhere = snapshotCookies();
    const before = mailbox().to(email).length;

    newBrowser(freshIp());
    const known = await requestPasswordReset(null, form({ email }));
    const unknown = await requestPasswordReset(null, form({ email: "nobody-here@example.com" }));
    expect(known.ok && unknown.ok).toBe(true);
    expect(known.ok ? known.message : "").toBe(
      `If an account uses ${email}, a link to choose a new password is on its way there. It works once, for 30 minutes. Nothing after a few minutes? Check your spam folder.`,
    );
    expect(unknown.ok ? unknown.message?.replace("nobody-here@example.com", email) : "").toBe(
      known.ok ? known.message : "-",
    );
    await settleAfterTasks();
    expect(mailbox().to("nobody-here@example.com")).toHaveLength(0);

    const mail = await mailbox().waitFor(email, before + 1);
    expect(mail.subject).toBe("Reset your password · AWS Study Planner");
    const token = await mailedToken(email, "/reset-password", before + 1);
    const stored = await db.emailToken.findMany({ select: { tokenHash: true } });
    expect(stored.map((t) => t.tokenHash)).not.toContain(token); // stored hashed

    const weak = await resetPassword(null, form({ token, password: "password1" }));
    expect(weak.ok ? [] : weak.fieldErrors?.password).toEqual([
      "This password is one of the most common ones and easy to guess. Choose another.",
    ]);
    expect(await redirectOf(() => resetPassword(null, form({ token, password: NEW_PASSWORD })))).toBe(
      "/dashboard",
    );
    expect((await getCurrentUser())?.email).toBe(email);
    await expectSessionRefused(elsewhere);

    newBrowser(freshIp());
    expect(await resetPassword(null, form({ token, password: "yet another passphrase" }))).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await signIn(null, form({ email, password: PASSWORD }))).toMatchObject({ code: "invalid" });
    expect(await redirectOf(() => signIn(null, form({ email, password: NEW_PASSWORD })))).toBe("/dashboard");
  });

  it("refuses a link after 30 minutes, and after the password was changed", async () => {
    const email = uniqueEmail("expiry");
    const start = new Date("2030-03-01T10:00:00Z");
    pinClock(start);
    await signUpAndSignIn(email, PASSWORD);
    await requestPasswordReset(null, form({ email }));
    const first = await mailedToken(email, "/reset-password", 2);

    pinClock(new Date(start.getTime() + 30 * 60 * 1000 + 1_000));
    expect(await resetPassword(null, form({ token: first, password: NEW_PASSWORD }))).toMatchObject({
      code: "invalid",
    });

    pinClock(new Date(start.getTime() + 29 * 60 * 1000));
    await requestPasswordReset(null, form({ email }));
    const second = await mailedToken(email, "/reset-password", 3);
    await changePassword(null, form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }));
    expect(
      await resetPassword(null, form({ token: second, password: "yet another passphrase" })),
    ).toMatchObject({
      code: "invalid",
    });
  });

  it("limits reset mails per address (silently) and requests per network (with a message)", async () => {
    const email = uniqueEmail("resetflood");
    await signUpAndSignIn(email, PASSWORD);
    const before = mailbox().to(email).length; // the verification mail
    newBrowser("192.0.2.88");
    const results = await Promise.all(
      Array.from({ length: 12 }, () => requestPasswordReset(null, form({ email }))),
    );
    await settleAfterTasks();
    const sent = mailbox().to(email).length - before;
    console.info(
      `[figures] 12 parallel reset requests for one address from one network: ${results.filter((r) => r.ok).length} answered, ${sent} mails sent`,
    );
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => !r.ok && r.code === "throttled")).toHaveLength(2);
    expect(sent).toBe(4); // 5 mails per address per hour, the verification mail included
  });

  it("a successful reset opens an account locked by wrong passwords", async () => {
    const email = uniqueEmail("unlock");
    await signUpAndSignIn(email, PASSWORD);
    newBrowser(freshIp());
    for (let i = 0; i < 11; i++) await signIn(null, form({ email, password: `attacker guess ${i}` }));
    expect(await signIn(null, form({ email, password: PASSWORD }))).toMatchObject({ code: "throttled" });
    await requestPasswordReset(null, form({ email }));
    const token = await mailedToken(email, "/reset-password", 2);
    expect(await redirectOf(() => resetPassword(null, form({ token, password: NEW_PASSWORD })))).toBe(
      "/dashboard",
    );
    newBrowser(freshIp());
    expect(await redirectOf(() => signIn(null, form({ email, password: NEW_PASSWORD })))).toBe("/dashboard");
  });
});

describe("email verification and email change", () => {
  it("the banner's resend mails a new link, within the per-address limit", async () => {
    const email = uniqueEmail("resend");
    newBrowser(freshIp());
    await signUp(null, form({ email, password: PASSWORD }));
    await redirectOf(() => signIn(null, form({ email, password: PASSWORD })));
    expect(await getCurrentUser()).toMatchObject({ emailVerified: false });
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await resendVerification(null, form({})));
    expect(results.slice(0, 4).every((r) => r.ok)).toBe(true);
    expect(results[4]).toMatchObject({ ok: false, code: "throttled" });
    const token = await mailedToken(email, "/verify-email", 5);
    expect(await confirmEmail(null, form({ token }))).toEqual({
      ok: true,
      data: { purpose: "verify_email", signedIn: true },
    });
    expect(await getCurrentUser()).toMatchObject({ emailVerified: true });
  });

  it("changes the address only when the link sent to the new one is opened", async () => {
    const email = uniqueEmail("old");
    const next = uniqueEmail("new");
    await signUpAndSignIn(email, PASSWORD);

    const wrong = await changeEmail(null, form({ newEmail: next, currentPassword: "not it at all" }));
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["The current password is incorrect."] },
    });
    expect(wrong.ok ? null : wrong.values).toEqual({ newEmail: next });

    expect(
      await changeEmail(null, form({ newEmail: next.toUpperCase(), currentPassword: PASSWORD })),
    ).toMatchObject({
      ok: true,
    });
    const mail = await mailbox().waitFor(next);
    expect(mail.subject).toBe("Confirm your new email address · AWS Study Planner");
    expect((await getCurrentUser())?.email).toBe(email); // unchanged until confirmed

    const token = await mailedToken(next, "/verify-email");
    expect(await confirmEmail(null, form({ token }))).toEqual({
      ok: true,
      data: { purpose: "change_email", signedIn: true },
    });
    expect(await getCurrentUser()).toMatchObject({ email: next, emailVerified: true });
    await settleAfterTasks();
    const notice = mailbox().to(email).at(-1);
    expect(notice?.subject).toBe("Your email address was changed · AWS Study Planner");
    expect(await confirmEmail(null, form({ token }))).toMatchObject({ ok: false });

    newBrowser(freshIp());
    expect(await signIn(null, form({ email, password: PASSWORD }))).toMatchObject({ code: "invalid" });
    expect(await redirectOf(() => signIn(null, form({ email: next, password: PASSWORD })))).toBe(
      "/dashboard",
    );
  });

  it("gives the same answer for an address that has an account, and mails nobody", async () => {
    const email = uniqueEmail("mine");
    const other = uniqueEmail("theirs");
    await signUpAndSignIn(other, PASSWORD);
    await signUpAndSignIn(email, PASSWORD);
    const before = mailbox().to(other).length;
    const result = await changeEmail(null, form({ newEmail: other, currentPassword: PASSWORD }));
    expect(result).toMatchObject({ ok: true, data: { pending: other } });
    await settleAfterTasks();
    expect(mailbox().to(other)).toHaveLength(before);
  });
});

describe("account deletion and export", () => {
  async function seedEverything() {
    const email = uniqueEmail("everything");
    await signUpAndSignIn(email, PASSWORD);
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
    const text = await res.text();
    const data = JSON.parse(text);
    expect(data.user.email).toBe(email);
    expect(data.user.timeZone).toBe("Europe/Berlin");
    expect(data.user.progress).toEqual([expect.objectContaining({ itemId: item.id, status: "done" })]);
    expect(data.user.notes).toEqual([expect.objectContaining({ itemId: item.id, body: "chapter 3" })]);
    expect(text).not.toMatch(/passwordHash|argon2|sessionToken|tokenHash/);
  });

  it("refuses to export for an anonymous visitor", async () => {
    expect((await exportAccount()).status).toBe(401);
  });

  it("deletes every row of the user only with the current password", async () => {
    const { user } = await seedEverything();
    const cookieOfDeletedUser = snapshotCookies();
    const wrong = await deleteAccount(null, form({ currentPassword: "someone else's guess" }));
    expect(wrong).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { currentPassword: expect.any(Array) },
    });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);

    expect(await redirectOf(() => deleteAccount(null, form({ currentPassword: PASSWORD })))).toBe(
      "/?accountDeleted=1",
    );
    expect(browser.cookies.size).toBe(0);
    for (const table of [
      "User",
      "Enrollment",
      "ItemProgress",
      "ItemNote",
      "Activity",
      "Account",
      "Session",
      "EmailToken",
    ]) {
      const column = table === "User" ? "id" : "userId";
      const rows = await testDb().sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" = $1`,
        [user.id],
      );
      expect(rows[0]?.n, table).toBe(0);
    }
    restoreCookies(cookieOfDeletedUser);
    expect(await setItemStatus({ itemId: items[1]!.id, status: "done" })).toMatchObject({
      code: "unauthorized",
    });
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
      () => changePassword(null, form({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD })),
    ],
    ["changeEmail", () => changeEmail(null, form({ newEmail: "x@example.com", currentPassword: PASSWORD }))],
    ["resendVerification", () => resendVerification(null, form({}))],
    ["signOutEverywhere", () => signOutEverywhere(null, form({}))],
    ["deleteAccount", () => deleteAccount(null, form({ currentPassword: PASSWORD }))],
  ];

  it.each(calls)("are refused by %s and change nothing", async (_name, call) => {
    const count = `SELECT (SELECT count(*) FROM "User") + (SELECT count(*) FROM "Enrollment") + (SELECT count(*) FROM "ItemProgress")
          + (SELECT count(*) FROM "ItemNote") + (SELECT count(*) FROM "Activity") + (SELECT count(*) FROM "EmailToken") AS n`;
    const before = await testDb().sql.query<{ n: number }>(count);
    newBrowser();
    expect(await call()).toMatchObject({ ok: false, code: "unauthorized" });
    expect(await testDb().sql.query<{ n: number }>(count)).toEqual(before);
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
