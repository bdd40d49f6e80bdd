"use server";

import { revalidatePath } from "next/cache";

import { db } from "@/lib/db";
import { dismissNoticeSchema } from "@/lib/validations/notices";

import { ok } from "./result";
import { authedAction } from "./safe-action";

/** "Don't show this again" for a notice such as the exam-version change. Idempotent. */
export const dismissNotice = authedAction(dismissNoticeSchema, async ({ notice }, { user }) => {
  await db.noticeDismissal.upsert({
    where: { userId_notice: { userId: user.id, notice } },
    create: { userId: user.id, notice },
    update: {},
  });
  revalidatePath("/dashboard");
  revalidatePath("/plan/[cert]", "page");
  return ok({ notice });
});
