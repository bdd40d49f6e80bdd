"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";

import { authenticate, normalizeEmail, throttleMessage } from "@/lib/auth/credentials";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import { clientIp, safeCallbackPath } from "@/lib/auth/request";
import { endSession, startSession } from "@/lib/auth/session-cookie";
import { signInThrottle } from "@/lib/auth/throttle-instance";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { signInSchema, signUpSchema } from "@/lib/validations/auth";

import { fail } from "./result";
import { publicFormAction } from "./safe-action";

/** Where a new account goes first. */
const AFTER_SIGN_UP = "/onboarding";

export const signUp = publicFormAction(signUpSchema, async (input) => {
  if (input.website) {
    // Honeypot filled: almost certainly a bot. Same wording as any refusal, nothing stored.
    return fail("forbidden", "We could not create your account. Please try again.");
  }
  const problem = passwordProblem(input.password);
  if (problem) return fail("invalid", problem, { password: [problem] });

  const passwordHash = await hashPassword(input.password);
  let user;
  try {
    user = await db.user.create({
      data: { email: normalizeEmail(input.email), passwordHash },
      select: { id: true, email: true, sessionVersion: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const message = "An account with this email already exists. Sign in instead.";
      return fail("conflict", message, { email: [message] });
    }
    throw error;
  }
  await startSession(user);
  const next = safeCallbackPath(input.callbackUrl, AFTER_SIGN_UP);
  redirect(next === "/dashboard" ? AFTER_SIGN_UP : (next as "/"));
});

export const signIn = publicFormAction(signInSchema, async (input) => {
  const result = await authenticate(db, signInThrottle(), {
    email: input.email,
    password: input.password,
    ip: clientIp(await headers(), getEnv().AUTH_TRUSTED_PROXY_HOPS),
  });
  if (!result.ok) {
    if (result.reason === "throttled") return fail("throttled", throttleMessage(result.retryAt));
    return fail("invalid", "The email or password is incorrect.");
  }
  await startSession(result.user);
  redirect(safeCallbackPath(input.callbackUrl) as "/");
});

export async function signOut(): Promise<void> {
  await endSession();
  redirect("/");
}
