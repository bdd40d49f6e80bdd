import type { ActivityEvent } from "./status";

/**
 * The `n` most recent events, newest first. Events with the same timestamp
 * keep log order reversed (the later log entry is newer). Events with an
 * invalid date sort last. The input is not modified. `n ≤ 0` gives [].
 */
export function recentActivity(events: readonly ActivityEvent[], n = 10): ActivityEvent[] {
  const limit = Math.floor(n);
  if (!(limit > 0)) return [];
  const time = (event: ActivityEvent): number => {
    const t = event.at.getTime();
    return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
  };
  return events
    .map((event, index) => ({ event, index, t: time(event) }))
    .sort((a, b) => (a.t === b.t ? b.index - a.index : b.t > a.t ? 1 : -1))
    .slice(0, limit)
    .map((entry) => entry.event);
}
