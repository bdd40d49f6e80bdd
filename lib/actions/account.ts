"use server";

import { redirect } from "next/navigation";

import { hashPassword, passwordProblem, verifyPassword } from "@/lib/auth/password";
import { endSession, startSession } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db";
import { changePasswordSchema, deleteAccountSchema, emptySchema } from "@/lib/validations/auth";

import { fail, ok } from "./result";
import { authedFormAction } from "./safe-action";

/** Changes the password, signs out every other device, keeps this one signed in. */
export const changePassword = authedFormAction(changePasswordSchema, async (input, { user }) => {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    const message = "The current password is incorrect.";
    return fail("invalid", message, { currentPassword: [message] });
  }
  const problem = passwordProblem(input.newPassword);
  if (problem) return fail("invalid", problem, { newPassword: [problem] });

  const updated = await db.user.update({
    where: { id: user.id },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
    select: { id: true, email: true, sessionVersion: true },
  });
  await startSession(updated);
  return ok(null, "Password changed. Every other device has been signed out.");
});

/** Revokes every session of the user, this one included. */
export const signOutEverywhere = authedFormAction(emptySchema, async (_input, { user }) => {
  await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
  await endSession();
  redirect("/signin?signedOut=everywhere");
});

/** Deletes the user and, by cascade, every row the app stores about them. */
export const deleteAccount = authedFormAction(deleteAccountSchema, async (input, { user }) => {
  if (input.confirmEmail !== user.email) {
    const message = `Type ${user.email} exactly to confirm.`;
    return fail("invalid", message, { confirmEmail: [message] });
  }
  await db.user.delete({ where: { id: user.id } });
  await endSession();
  redirect("/?accountDeleted=1");
});
