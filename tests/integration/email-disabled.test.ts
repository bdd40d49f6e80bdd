import { describe, expect, it, vi } from "vitest";

import { requestPasswordReset, signUp } from "@/lib/actions/auth";
import { getCurrentUser } from "@/lib/auth";

import { freshIp } from "../support/accounts";
import { mailbox } from "../support/db";
import { form, newBrowser, redirectOf, settleAfterTasks } from "../support/next-request";

// A server run with EMAIL_DISABLED=1 on purpose: nobody can be mailed.
vi.hoisted(() => {
  process.env.EMAIL_DISABLED = "1";
});

const PASSWORD = "correct horse battery staple 42";

describe("without mail (EMAIL_DISABLED=1)", () => {
  it("signs a new account in at once, refuses a taken address with a message, and offers no reset", async () => {
    const email = `nomail-${Date.now()}@example.com`;
    newBrowser(freshIp());
    expect(await redirectOf(() => signUp(null, form({ email, password: PASSWORD })))).toBe("/onboarding");
    expect(await getCurrentUser()).toMatchObject({ email, emailVerified: false });

    newBrowser(freshIp());
    const again = await signUp(null, form({ email, password: PASSWORD }));
    expect(again).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
    });
    expect(await requestPasswordReset(null, form({ email }))).toMatchObject({ ok: false, code: "forbidden" });
    await settleAfterTasks();
    expect(mailbox().messages).toHaveLength(0);
  });
});
