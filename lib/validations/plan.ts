import { z } from "zod";

import { CERT_IDS, ITEM_STATUSES } from "@/lib/curriculum/types";
import { isDayKey, isValidTimeZone } from "@/lib/progress/days";

import { NOTE_MAX } from "./note-limit";

export const certIdSchema = z.enum(CERT_IDS, {
  error: "Choose the Solutions Architect or the Developer exam.",
});
export const itemStatusSchema = z.enum(ITEM_STATUSES, { error: "Unknown status." });

/** Item ids are short slugs; the action also checks the id exists in the curriculum. */
export const itemIdSchema = z
  .string({ error: "Missing item." })
  .min(1, "Missing item.")
  .max(100, "Unknown item.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Unknown item.");

export const timeZoneSchema = z
  .string()
  .max(64)
  .refine((tz) => isValidTimeZone(tz), "Unknown time zone.");

const optionalDate = z
  .string()
  .trim()
  .max(10)
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isDayKey(v), "Enter a date like 2027-03-31.");

const optionalHours = z
  .string()
  .trim()
  .max(4)
  .optional()
  .refine((v) => !v || /^\d{1,2}$/.test(v), "Enter whole hours from 1 to 80.")
  .transform((v) => (v ? Number(v) : undefined))
  .refine((v) => v === undefined || (v >= 1 && v <= 80), "Enter whole hours from 1 to 80.");

/** The onboarding form (and its edit form): exams in order, each with an optional date and hours. */
export const enrollmentFormSchema = z
  .object({
    architect: z.enum(["on"]).optional(),
    developer: z.enum(["on"]).optional(),
    order: z.enum(["architect-first", "developer-first"]).optional(),
    architectDate: optionalDate,
    architectHours: optionalHours,
    developerDate: optionalDate,
    developerHours: optionalHours,
    timeZone: z.string().max(64).optional(),
  })
  .refine((v) => v.architect || v.developer, {
    path: ["certs"],
    message: "Choose at least one exam.",
  });

export const setStatusSchema = z.object({
  itemId: itemIdSchema,
  status: itemStatusSchema,
});

export const saveNoteSchema = z.object({
  itemId: itemIdSchema,
  body: z
    .string({ error: "The note must be text." })
    .max(NOTE_MAX, `Notes can be up to ${NOTE_MAX.toLocaleString("en")} characters.`),
});

export const addEnrollmentSchema = z.object({ cert: certIdSchema });

export const timeZoneInputSchema = z.object({ timeZone: timeZoneSchema });
