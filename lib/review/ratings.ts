/**
 * The four answers of a review, without the scheduler: the browser imports this (the
 * buttons of /review) and must not pull ts-fsrs into its bundle.
 */
export const REVIEW_RATINGS = ["again", "hard", "good", "easy"] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

/** The button labels of /review, in order (keys 1–4). */
export const RATING_LABELS: Record<ReviewRating, string> = {
  again: "Again",
  hard: "Hard",
  good: "Good",
  easy: "Easy",
};
