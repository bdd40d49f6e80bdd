"use server";

import { redirect } from "next/navigation";

import { getCurrentUser } from "@/lib/auth";
import { authenticate, normalizeEmail, throttleMessage } from "@/lib/auth/credentials";
import { consumeEmailToken, createEmailToken, deleteEmailTokens } from "@/lib/auth/email-tokens";
import { minutesUntil } from "@/lib/auth/limits";
import { limits } from "@/lib/auth/limits-instance";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { safeCallbackPath } from "@/lib/auth/request";
import { requestIp } from "@/lib/auth/request-ip";
import { endSession, startSession } from "@/lib/auth/session-cookie";
import { requestNow } from "@/lib/clock/request";
import { db } from "@/lib/db";
import {
  LINK_HOURS,
  LINK_INVALID,
  link,
  mailWithinLimit,
  RESET_MINUTES,
  sendVerificationMail,
} from "@/lib/auth/mails";
import { emailChangedMail, existingAccountMail, passwordResetMail } from "@/lib/email/messages";
import { emailEnabled } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  confirmEmailSchema,
  emptySchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  signInSchema,
  signUpSchema,
} from "@/lib/validations/auth";

import { fail, ok } from "./result";
import { authedFormAction, publicFormAction, publicSubmitAction } from "./safe-action";

/** Where a new account goes first. */
const AFTER_SIGN_UP = "/onboarding";

export type SignUpResult = { sentTo: string };

/**
 * With mail: the same answer whether or not the address already has an account ("check your
 * email"); a new account gets a verification link, an existing one a note to its owner. Without
 * mail (EMAIL_DISABLED=1) nobody could be told, so the new account is signed in at once and a
 * taken address is refused with a message.
 */
export const signUp = publicFormAction(signUpSchema, async (input) => {
  if (input.website) {
    // Honeypot filled: almost certainly a bot. Same wording as any refusal, nothing stored.
    return fail("forbidden", "We could not create your account. Please try again.");
  }
  const problem = passwordProblem(input.password);
  if (problem) return fail("invalid", problem, { password: [problem] });

  const gate = await limits().signUpIp.consume(await requestIp());
  if (!gate.ok) {
    return fail(
      "throttled",
      `Too many accounts were created from your network. Try again in ${minutesUntil(gate.retryAt)}.`,
    );
  }

  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const now = await requestNow();
  let user;
  try {
    user = await db.user.create({ data: { email, passwordHash }, select: { id: true, email: true } });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    if (!emailEnabled()) {
      const message = "An account with this email already exists. Sign in instead.";
      return fail("conflict", message, { email: [message] });
    }
    await mailWithinLimit(email, async () =>
      existingAccountMail(email, link("/signin"), link("/forgot-password")),
    );
    return ok<SignUpResult>({ sentTo: email });
  }

  const callback = safeCallbackPath(input.callbackUrl, AFTER_SIGN_UP);
  const next = callback === "/dashboard" ? AFTER_SIGN_UP : callback;
  if (!emailEnabled()) {
    await startSession(user);
    redirect(next as "/");
  }
  await sendVerificationMail(user, now, next === AFTER_SIGN_UP ? undefined : next);
  return ok<SignUpResult>({ sentTo: email });
});

export const signIn = publicFormAction(signInSchema, async (input) => {
  const result = await authenticate(db, limits(), {
    email: input.email,
    password: input.password,
    ip: await requestIp(),
  });
  if (!result.ok) {
    if (result.reason === "throttled") return fail("throttled", throttleMessage(result.retryAt));
    return fail("invalid", "The email or password is incorrect.");
  }
  await startSession(result.user);
  redirect(safeCallbackPath(input.callbackUrl) as "/");
});

/** Signs this device out: its session record is deleted, so a copy of the cookie is worth nothing. */
export const signOut = publicSubmitAction(emptySchema, async () => {
  await endSession();
  redirect("/");
});

const RESET_UNAVAILABLE = "Password reset by email is not available on this server. Ask its administrator.";

/** "Forgot password?": the same answer whether or not the account exists. */
export const requestPasswordReset = publicFormAction(passwordResetRequestSchema, async (input) => {
  if (!emailEnabled()) return fail("forbidden", RESET_UNAVAILABLE);
  const gate = await limits().resetIp.consume(await requestIp());
  if (!gate.ok) {
    return fail(
      "throttled",
      `Too many reset requests from your network. Try again in ${minutesUntil(gate.retryAt)}.`,
    );
  }
  const email = normalizeEmail(input.email);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true } });
  if (user) {
    const now = await requestNow();
    await mailWithinLimit(email, async () => {
      const token = await createEmailToken(user.id, "password_reset", email, now);
      return passwordResetMail(email, link("/reset-password", token), RESET_MINUTES);
    });
  }
  return ok(
    { email },
    `If an account uses ${email}, a link to choose a new password is on its way there. It works once, for ${RESET_MINUTES} minutes. Nothing after a few minutes? Check your spam folder.`,
  );
});

/**
 * Sets a new password from a reset link: the link is used up, every other link and session of
 * the account ends, the account's sign-in limit is cleared, and this device is signed in.
 */
export const resetPassword = publicFormAction(passwordResetSchema, async (input) => {
  const problem = passwordProblem(input.password);
  if (problem) return fail("invalid", problem, { password: [problem] });
  const passwordHash = await hashPassword(input.password);
  const now = await requestNow();
  const user = await db.$transaction(async (tx) => {
    const record = await consumeEmailToken(input.token, ["password_reset"], now, tx);
    if (!record) return null;
    const owner = await tx.user.findUnique({
      where: { id: record.userId },
      select: { id: true, email: true, emailVerified: true },
    });
    if (!owner || owner.email !== record.email) return null; // the address changed since
    await tx.user.update({
      where: { id: owner.id },
      // The link reached this address, which proves it as well as a verification link would.
      data: { passwordHash, emailVerified: owner.emailVerified ?? now },
    });
    await deleteEmailTokens(owner.id, ["password_reset"], tx);
    await tx.session.deleteMany({ where: { userId: owner.id } });
    return owner;
  });
  if (!user) return fail("invalid", LINK_INVALID, { token: [LINK_INVALID] });
  await limits().account.clear(user.email);
  await startSession(user);
  redirect("/dashboard");
});

export type ConfirmEmailResult = { purpose: "verify_email" | "change_email"; signedIn: boolean };

/**
 * Uses a verification or email-change link. It never signs anyone in: whoever opened the mail
 * may not be whoever chose the account's password (ADR 013).
 */
export const confirmEmail = publicFormAction(confirmEmailSchema, async (input) => {
  const now = await requestNow();
  const current = await getCurrentUser();
  let previousEmail: string | null = null;
  let record;
  try {
    record = await db.$transaction(async (tx) => {
      const found = await consumeEmailToken(input.token, ["verify_email", "change_email"], now, tx);
      if (!found) return null;
      const owner = await tx.user.findUnique({ where: { id: found.userId }, select: { email: true } });
      if (!owner) return null;
      if (found.purpose === "verify_email") {
        if (owner.email !== found.email) return null; // the address changed since
        await tx.user.update({ where: { id: found.userId }, data: { emailVerified: now } });
      } else {
        previousEmail = owner.email;
        await tx.user.update({
          where: { id: found.userId },
          data: { email: found.email, emailVerified: now },
        });
        await deleteEmailTokens(found.userId, ["password_reset", "change_email", "verify_email"], tx);
      }
      return found;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return fail("conflict", "Another account uses this address now, so it cannot be moved to yours.");
    }
    throw error;
  }
  if (!record) return fail("invalid", LINK_INVALID);
  if (previousEmail) {
    const from: string = previousEmail;
    const to = record.email;
    await mailWithinLimit(from, async () => emailChangedMail(from, to));
  }
  // No revalidatePath here: this page would re-render with its link used up and replace the answer.
  return ok<ConfirmEmailResult>({
    purpose: record.purpose === "change_email" ? "change_email" : "verify_email",
    signedIn: current?.id === record.userId,
  });
});

/** The banner's "send the link again". */
export const resendVerification = authedFormAction(emptySchema, async (_input, { user }) => {
  if (user.emailVerified) return ok(null, "Your email address is already confirmed.");
  if (!emailEnabled()) return fail("forbidden", "This server sends no mail.");
  const sent = await sendVerificationMail(user, await requestNow());
  if (!sent) {
    return fail("throttled", "We have sent several mails to this address in the last hour. Try again later.");
  }
  return ok(null, `We sent a new link to ${user.email}. It works for ${LINK_HOURS} hours.`);
});
