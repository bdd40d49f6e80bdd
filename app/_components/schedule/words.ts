import type { Shortfall } from "@/lib/schedule/types";

import { count, decimal, formatDay } from "@/app/_components/format";

/** "Study 11 h a week" */
export function studyHoursLabel(hours: number): string {
  return `Study ${hours} h a week`;
}

/** "Move the exam to 4 Mar 2027" */
export function moveExamLabel(date: string): string {
  return `Move the exam to ${formatDay(date)}`;
}

/**
 * The shortfall said plainly: "At 8 h a week you will finish SAA-C03 topics 3 weeks after your
 * exam. Study 11 h a week, or move the exam to 4 Mar 2027."
 */
export function shortfallSentence(code: string, s: Shortfall): string {
  const at = `At ${decimal(s.weeklyHours)} h a week`;
  const first =
    s.weeksLate !== null
      ? `${at} you will finish ${code} topics ${count(s.weeksLate, "week")} after your exam.`
      : `${at} you will not finish ${code} topics before your exam.`;
  const ways: string[] = [];
  if (s.studyHours !== null) ways.push(studyHoursLabel(s.studyHours));
  if (s.moveExamTo !== null) {
    const move = moveExamLabel(s.moveExamTo);
    ways.push(ways.length ? `or ${move.charAt(0).toLowerCase()}${move.slice(1)}` : move);
  }
  return ways.length ? `${first} ${ways.join(", ")}.` : first;
}

/** "1 – 7 Mar 2027", "30 Nov – 6 Dec 2026", "28 Dec 2026 – 3 Jan 2027". */
export function weekRange(start: string, end: string): string {
  const [day, month, year] = formatDay(start).split(" ");
  const to = formatDay(end);
  const [, toMonth, toYear] = to.split(" ");
  if (year !== toYear) return `${formatDay(start)} – ${to}`;
  return month === toMonth ? `${day} – ${to}` : `${day} ${month} – ${to}`;
}

/** Minutes as hours, one decimal: "4.5 h". */
export function hoursOf(minutes: number): string {
  return `${decimal(Math.round((minutes / 60) * 10) / 10)} h`;
}
