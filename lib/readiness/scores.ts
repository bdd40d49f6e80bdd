/**
 * What a candidate types into a score field, read the same way by the form (to
 * show the percent as they type) and by the server action (which decides).
 */

export type ParsedScore =
  | { ok: true; value: { percent: number; correct: number | null; total: number | null } | null }
  | { ok: false; message: string };

export const DOMAIN_SCORE_HINT = "A percent (75) or correct/total (12/16).";
const DOMAIN_SCORE_ERROR = "Enter a percent from 0 to 100, or correct/total like 12/16.";

/** Rounded to one decimal, as stored and shown. */
export function roundPercent(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A domain score: "" (none), "75", "75 %", "75.5", or "12/16" (correct/total).
 * Totals go up to 1,000 questions.
 */
export function parseDomainScore(raw: string): ParsedScore {
  const text = raw.trim();
  if (text === "") return { ok: true, value: null };
  const fraction = /^(\d{1,4})\s*\/\s*(\d{1,4})$/.exec(text);
  if (fraction) {
    const correct = Number(fraction[1]);
    const total = Number(fraction[2]);
    if (total === 0) return { ok: false, message: "The total must be at least 1 question." };
    if (total > 1000) return { ok: false, message: "Enter at most 1,000 questions." };
    if (correct > total) return { ok: false, message: `Correct answers cannot exceed ${total}.` };
    return { ok: true, value: { percent: roundPercent((correct / total) * 100), correct, total } };
  }
  const percent = parsePercent(text);
  if (percent === null) return { ok: false, message: DOMAIN_SCORE_ERROR };
  return { ok: true, value: { percent, correct: null, total: null } };
}

/** "75", "75 %", "75.5" → the number (one decimal at most); anything else, or outside 0–100 → null. */
export function parsePercent(raw: string): number | null {
  const match = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(raw.trim());
  if (!match?.[1]) return null;
  const value = Number(match[1].replace(",", "."));
  if (!Number.isFinite(value) || value < 0 || value > 100) return null;
  return roundPercent(value);
}

/** How far a typed percent may be from correct ÷ questions (vendors round their reports). */
const PERCENT_TOLERANCE = 1;

/**
 * The overall score of a practice attempt from what was typed: the percent, or
 * correct ÷ questions, or both when they agree. Errors name the field they belong to.
 */
export function overallScore(input: {
  questions: number | null;
  correct: number | null;
  percent: number | null;
}):
  | { ok: true; percent: number; questions: number | null; correct: number | null }
  | { ok: false; field: "percent" | "questions" | "correct"; message: string } {
  const { questions, correct, percent } = input;
  if (questions !== null && correct === null) {
    return { ok: false, field: "correct", message: "Enter how many you answered correctly." };
  }
  if (correct !== null && questions === null) {
    return { ok: false, field: "questions", message: "Enter how many questions there were." };
  }
  if (questions !== null && correct !== null) {
    if (correct > questions) {
      return { ok: false, field: "correct", message: `Correct answers cannot exceed ${questions}.` };
    }
    const computed = roundPercent((correct / questions) * 100);
    if (percent !== null && Math.abs(percent - computed) > PERCENT_TOLERANCE) {
      return {
        ok: false,
        field: "percent",
        message: `${correct} of ${questions} is ${computed} %: correct the score or leave it empty.`,
      };
    }
    return { ok: true, percent: percent ?? computed, questions, correct };
  }
  if (percent === null) {
    return {
      ok: false,
      field: "percent",
      message: "Score is required: enter it as a percent, or the questions and correct answers.",
    };
  }
  return { ok: true, percent, questions: null, correct: null };
}
