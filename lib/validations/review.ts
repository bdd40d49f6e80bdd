import { z } from "zod";

import { isDayKey } from "@/lib/progress/days";
import { isRetention, RETENTION_OPTIONS, REVIEW_RATINGS } from "@/lib/review/fsrs";

import { itemIdSchema, timeZoneSchema } from "./plan";

const whole = (max: number) => z.number().int().min(0).max(max);

/**
 * A card as /review shows it and sends it back with a rating. The action recomputes the
 * next state from it and writes only if the stored card still equals it (ADR 030), so a
 * client can only ever rate the card that is really there.
 */
export const wireCardSchema = z.object({
  state: whole(3),
  dueOn: z.string().refine(isDayKey, "Not a day."),
  stability: z.number().positive().max(1_000_000),
  difficulty: z.number().min(1).max(10),
  scheduledDays: whole(1_000_000),
  learningSteps: whole(1_000),
  reps: whole(1_000_000),
  lapses: whole(1_000_000),
  lastReview: z.iso.datetime({ offset: true }),
});

export type WireCard = z.infer<typeof wireCardSchema>;

export const rateCardSchema = z.object({
  itemId: itemIdSchema,
  rating: z.enum(REVIEW_RATINGS, { error: "Choose Again, Hard, Good or Easy." }),
  card: wireCardSchema,
  retention: z.number().refine(isRetention, "Unknown retention."),
  timeZone: timeZoneSchema,
});

/** The /account setting: desired retention in percent. */
export const retentionFormSchema = z.object({
  retention: z
    .enum(RETENTION_OPTIONS.map(String) as [string, ...string[]], {
      error: `Choose ${RETENTION_OPTIONS.join(", ")} %.`,
    })
    .transform(Number),
});
