import { z } from "zod";

import { isMondayKey } from "@/lib/schedule/build";

import { certIdSchema, itemIdSchema } from "./plan";

/** A week of the schedule, named by its Monday ("2027-03-01"). */
export const weekSchema = z
  .string({ error: "Choose a week." })
  .max(10, "Choose a week.")
  .refine((value) => isMondayKey(value), "Choose a week of your schedule.");

/** Whole hours for one week, 0 (a holiday week) to 80, as typed into the field. */
const weekHoursValue = z
  .union([z.string(), z.number()], { error: "Enter whole hours from 0 to 80." })
  .transform((v) => String(v).trim())
  .refine((v) => /^\d{1,2}$/.test(v), "Enter whole hours from 0 to 80.")
  .transform(Number)
  .refine((v) => v >= 0 && v <= 80, "Enter whole hours from 0 to 80.");

export const moveItemSchema = z.object({ itemId: itemIdSchema, week: weekSchema });
export const unpinItemSchema = z.object({ itemId: itemIdSchema });
export const setWeekHoursSchema = z.object({ week: weekSchema, hours: weekHoursValue });
export const clearWeekHoursSchema = z.object({ week: weekSchema });

/** The shortfall's two ways out: more hours a week, or a later exam date. */
export const shortfallChoiceSchema = z.object({
  cert: certIdSchema,
  choice: z.enum(["hours", "date"], { error: "Choose more hours or a later exam date." }),
});
