"use server";

import { redirect } from "next/navigation";

import { confirmPassword, normalizeEmail } from "@/lib/auth/credentials";
import { createEmailToken, deleteEmailTokens } from "@/lib/auth/email-tokens";
import { minutesUntil } from "@/lib/auth/limits";
import { deleteLimitRowsOf, limits } from "@/lib/auth/limits-instance";
import { LINK_HOURS, link, mailWithinLimit } from "@/lib/auth/mails";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { clearSessionCookie, currentSessionId } from "@/lib/auth/session-cookie";
import { deleteUserSessions } from "@/lib/auth/sessions";
import { requestNow } from "@/lib/clock/request";
import { db } from "@/lib/db";
import { changeEmailMail } from "@/lib/email/messages";
import { emailEnabled } from "@/lib/env";
import {
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  emptySchema,
} from "@/lib/validations/auth";

import { fail, ok, type ActionFailure } from "./result";
import { authedFormAction } from "./safe-action";

const WRONG_PASSWORD = "The current password is incorrect.";

/**
 * Checks the current password through the account's sign-in limit (a stolen session cannot
 * guess it freely); a failure names the field.
 */
async function checkCurrentPassword(
  user: { id: string; email: string },
  password: string,
): Promise<ActionFailure | null> {
  const result = await confirmPassword(db, limits().account, user, password);
  if (result === "ok") return null;
  if (result === "invalid") return fail("invalid", WRONG_PASSWORD, { currentPassword: [WRONG_PASSWORD] });
  const message = `Too many wrong passwords. Try again in ${minutesUntil(result.retryAt)}.`;
  return fail("throttled", message, { currentPassword: [message] });
}

/** Changes the password, signs out every other device and voids reset links; keeps this one signed in. */
export const changePassword = authedFormAction(changePasswordSchema, async (input, { user }) => {
  const refused = await checkCurrentPassword(user, input.currentPassword);
  if (refused) return refused;
  const problem = passwordProblem(input.newPassword);
  if (problem) return fail("invalid", problem, { newPassword: [problem] });

  const passwordHash = await hashPassword(input.newPassword);
  const keep = await currentSessionId();
  await db.user.update({ where: { id: user.id }, data: { passwordHash } });
  await Promise.all([
    deleteUserSessions(user.id, keep ?? undefined),
    deleteEmailTokens(user.id, ["password_reset"]),
  ]);
  return ok(null, "Password changed. Every other device has been signed out.");
});

/** Sends a confirmation link to the new address; the address changes only when it is opened. */
export const changeEmail = authedFormAction(changeEmailSchema, async (input, { user }) => {
  if (!emailEnabled())
    return fail("forbidden", "This server sends no mail, so the address cannot be confirmed.");
  const newEmail = normalizeEmail(input.newEmail);
  if (newEmail === user.email) {
    const message = "This is already your address.";
    return fail("invalid", message, { newEmail: [message] });
  }
  const refused = await checkCurrentPassword(user, input.currentPassword);
  if (refused) return refused;

  const now = await requestNow();
  // A taken address gets no mail, but the same answer: this form must not tell who has an account.
  const taken = await db.user.findUnique({ where: { email: newEmail }, select: { id: true } });
  if (!taken) {
    await deleteEmailTokens(user.id, ["change_email"]);
    const sent = await mailWithinLimit(newEmail, async () => {
      const token = await createEmailToken(user.id, "change_email", newEmail, now);
      return changeEmailMail(newEmail, link("/verify-email", token), LINK_HOURS);
    });
    if (!sent) {
      const message = "We have sent several mails to this address in the last hour. Try again later.";
      return fail("throttled", message, { newEmail: [message] });
    }
  }
  return ok(
    { pending: newEmail },
    `We sent a link to ${newEmail}. Your address changes when you open it (within ${LINK_HOURS} hours); until then you sign in with ${user.email}.`,
  );
});

/** Revokes every session of the user, this one included. */
export const signOutEverywhere = authedFormAction(emptySchema, async (_input, { user }) => {
  await deleteUserSessions(user.id);
  await clearSessionCookie();
  redirect("/signin?signedOut=everywhere");
});

/** Deletes the user and, by cascade, every row the app stores about them, limit counters included. */
export const deleteAccount = authedFormAction(deleteAccountSchema, async (input, { user }) => {
  const refused = await checkCurrentPassword(user, input.currentPassword);
  if (refused) return refused;
  await db.user.delete({ where: { id: user.id } });
  await deleteLimitRowsOf(user.email);
  await clearSessionCookie();
  redirect("/?accountDeleted=1");
});
