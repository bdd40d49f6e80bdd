import { dayNumber } from "../progress/days";

/** "today", "tomorrow", "in 5 days", "in 3 weeks", "in 4 months", "in 2 years": from `today` to `day`. */
export function untilDay(today: string, day: string): string {
  const days = dayNumber(day) - dayNumber(today);
  if (days <= 0) return "today";
  if (days === 1) return "tomorrow";
  if (days < 14) return `in ${days} days`;
  if (days < 60) return `in ${Math.round(days / 7)} weeks`;
  if (days < 365) {
    const months = Math.round(days / 30.4);
    return `in ${months} month${months === 1 ? "" : "s"}`;
  }
  const years = Math.round(days / 365.25);
  return `in ${years} year${years === 1 ? "" : "s"}`;
}
