"use server";

import { randomBytes } from "node:crypto";

import { revalidatePath } from "next/cache";

import { getItem } from "@/lib/curriculum";
import { requestNow } from "@/lib/clock/request";
import { db } from "@/lib/db";
import { getScheduleRows } from "@/lib/data/schedule";
import { dayKey, dayNumber, keyFromDayNumber } from "@/lib/progress/days";
import { findEntry, mondayOf, planFor, planSchedule, type Schedule } from "@/lib/schedule";
import { emptySchema } from "@/lib/validations/auth";
import {
  clearWeekHoursSchema,
  moveItemSchema,
  setWeekHoursSchema,
  shortfallChoiceSchema,
  unpinItemSchema,
} from "@/lib/validations/schedule";

import { fail, ok } from "./result";
import { authedAction, type ActionContext } from "./safe-action";

/** How far ahead a week's hours may be set: two years. */
const MAX_WEEKS_AHEAD = 104;

function revalidateSchedule() {
  revalidatePath("/schedule");
  revalidatePath("/dashboard");
}

function dateOnly(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

/** The signed-in user's schedule as of this request (the same derivation the pages use). */
async function currentSchedule({ user }: ActionContext): Promise<Schedule> {
  const [rows, now] = await Promise.all([getScheduleRows(user.id, user.timeZone), requestNow()]);
  return planSchedule(rows, now, user.timeZone);
}

function formatWeek(key: string): string {
  const [y, m, d] = key.split("-").map(Number);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

/**
 * Moves an item to another week of its exam's plan: it stays there (a pin) until it is done or
 * the user puts it back. Only an item the user's schedule plans can move, and only to a week
 * of the same exam's plan, so a pin can never hide an item.
 */
export const moveItem = authedAction(moveItemSchema, async (input, ctx) => {
  const item = getItem(input.itemId);
  if (!item || item.id !== input.itemId)
    return fail("not_found", "This item does not exist. Reload the page.");
  const schedule = await currentSchedule(ctx);
  const found = findEntry(schedule, item.id);
  const cert =
    found?.entry.cert ??
    schedule.exams.find((plan) => plan.unscheduled.some((u) => u.itemId === item.id))?.cert;
  const plan = cert ? planFor(schedule, cert) : undefined;
  if (!plan || plan.firstWeek === null || plan.examWeek === null || found?.entry.kind === "done") {
    return fail("invalid", "This item is not on your schedule, so it cannot be moved.");
  }
  if (input.week < plan.firstWeek || input.week > plan.examWeek) {
    return fail(
      "invalid",
      `Choose a week from ${formatWeek(plan.firstWeek)} to ${formatWeek(plan.examWeek)}: the weeks of your ${plan.code} plan.`,
      { week: ["Choose a week of this exam's plan."] },
    );
  }
  await db.schedulePin.upsert({
    where: { userId_itemId: { userId: ctx.user.id, itemId: item.id } },
    create: { userId: ctx.user.id, itemId: item.id, week: dateOnly(input.week) },
    update: { week: dateOnly(input.week) },
  });
  revalidateSchedule();
  return ok({ itemId: item.id, week: input.week }, `Moved to the week of ${formatWeek(input.week)}.`);
});

/** Lets the schedule place a moved item again. */
export const unpinItem = authedAction(unpinItemSchema, async (input, { user }) => {
  await db.schedulePin.deleteMany({ where: { userId: user.id, itemId: input.itemId } });
  revalidateSchedule();
  return ok({ itemId: input.itemId }, "The schedule places this item again.");
});

async function checkWeek(week: string, timeZone: string) {
  const thisWeek = mondayOf(dayKey(await requestNow(), timeZone));
  const last = keyFromDayNumber(dayNumber(thisWeek) + MAX_WEEKS_AHEAD * 7);
  if (week < thisWeek) return "This week is over: choose this week or a later one.";
  if (week > last) return "Choose a week in the next two years.";
  return null;
}

/** Sets the study hours of one week (0 for a holiday week) instead of the exam's weekly hours. */
export const setWeekHours = authedAction(setWeekHoursSchema, async (input, { user }) => {
  const problem = await checkWeek(input.week, user.timeZone);
  if (problem) return fail("invalid", problem, { week: [problem] });
  await db.weekHours.upsert({
    where: { userId_week: { userId: user.id, week: dateOnly(input.week) } },
    create: { userId: user.id, week: dateOnly(input.week), hours: input.hours },
    update: { hours: input.hours },
  });
  revalidateSchedule();
  return ok(
    { week: input.week, hours: input.hours },
    `Saved: ${input.hours} h in the week of ${formatWeek(input.week)}.`,
  );
});

/** Gives a week its exam's weekly hours back. */
export const clearWeekHours = authedAction(clearWeekHoursSchema, async (input, { user }) => {
  await db.weekHours.deleteMany({ where: { userId: user.id, week: dateOnly(input.week) } });
  revalidateSchedule();
  return ok({ week: input.week }, `The week of ${formatWeek(input.week)} uses your weekly hours again.`);
});

/**
 * Applies one of the shortfall's suggestions to the enrollment: the weekly hours that fit
 * everything, or the exam date that does. The figures are computed here again from the stored
 * rows; nothing the browser sends but the exam and the choice is used.
 */
export const applyShortfallChoice = authedAction(shortfallChoiceSchema, async (input, ctx) => {
  const plan = planFor(await currentSchedule(ctx), input.cert);
  if (!plan) return fail("not_found", "This exam is not in your plan.");
  const shortfall = plan.shortfall;
  if (!shortfall) return fail("conflict", `Your ${plan.code} plan already fits: nothing to change.`);
  let data: { weeklyHours: number } | { targetDate: Date };
  let message: string;
  if (input.choice === "hours") {
    if (shortfall.studyHours === null) return fail("conflict", "No number of weekly hours fits everything.");
    data = { weeklyHours: shortfall.studyHours };
    message = `${plan.code}: ${shortfall.studyHours} h a week from now on.`;
  } else {
    if (shortfall.moveExamTo === null)
      return fail("conflict", "No exam date in the next two years fits everything.");
    data = { targetDate: dateOnly(shortfall.moveExamTo) };
    message = `${plan.code}: exam date moved to ${formatWeek(shortfall.moveExamTo)}.`;
  }
  const updated = await db.enrollment.updateMany({ where: { userId: ctx.user.id, cert: input.cert }, data });
  if (updated.count === 0) return fail("not_found", "This exam is not in your plan.");
  revalidatePath("/", "layout");
  return ok({ cert: input.cert, choice: input.choice }, message);
});

function newToken(): string {
  return randomBytes(24).toString("base64url"); // 32 characters, 192 bits
}

/** Turns the private calendar feed on, or gives it a new address (the old one stops working). */
export const enableCalendarFeed = authedAction(emptySchema, async (_input, { user }) => {
  const token = newToken();
  await db.calendarFeed.upsert({
    where: { userId: user.id },
    create: { userId: user.id, token },
    update: { token, createdAt: await requestNow() },
  });
  revalidatePath("/account");
  return ok({ token });
});

/** Turns the calendar feed off: its address answers 404 from now on. */
export const disableCalendarFeed = authedAction(emptySchema, async (_input, { user }) => {
  await db.calendarFeed.deleteMany({ where: { userId: user.id } });
  revalidatePath("/account");
  return ok({ token: null });
});
