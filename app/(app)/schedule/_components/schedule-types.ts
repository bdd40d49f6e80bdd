import type { CertId, ItemStatus } from "@/lib/curriculum/types";
import type { EntryKind } from "@/lib/schedule/types";

/** One week of /schedule, worded on the server (dates, labels), drawn in the browser. */
export interface WeekView {
  start: string;
  /** "Week 3 · 14 – 20 Dec 2026" */
  heading: string;
  /** "Week 3" */
  short: string;
  thisWeek: boolean;
  cert: CertId | null;
  /** The exam of the plan this week belongs to ("SAA-C03"). */
  code: string | null;
  hours: number;
  overridden: boolean;
  /** The exam's own weekly hours, for "use my weekly hours". */
  defaultHours: number | null;
  capacityMinutes: number;
  plannedMinutes: number;
  reservedMinutes: number;
  overByMinutes: number;
  /** Exams in this week: code and "Wed 24 Mar 2027". */
  exams: { code: string; date: string }[];
  /** Code of the exam this week is kept for, for practice exams and review. */
  reviewFor: string | null;
  items: {
    id: string;
    title: string;
    cert: CertId;
    minutes: number;
    status: ItemStatus;
    pinned: boolean;
    kind: EntryKind;
  }[];
}

/** Weeks an item of each exam may move to. */
export type MoveTargets = Partial<Record<CertId, { start: string; label: string }[]>>;
