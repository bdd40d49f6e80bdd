/**
 * The longest "where I left off" note, in characters: enforced by the save action
 * (lib/validations/plan.ts), by progress imports (lib/portability) and by the note field's
 * maxLength and counter. A module of its own, without zod, so the browser can import it.
 */
export const NOTE_MAX = 5_000;
