import type { CertId, Item, ItemStatus } from "../curriculum/types";

/** What the schedule needs to know of an item. */
export type ScheduleItem = Pick<Item, "id" | "minutes" | "section" | "domains" | "optional" | "practiceExam">;

/** One exam of the plan, with the version that applies to this candidate already chosen. */
export interface ScheduleExam {
  cert: CertId;
  /** The exam version's code, "SAA-C03". */
  code: string;
  /** "YYYY-MM-DD", or null when not set. */
  examDate: string | null;
  weeklyHours: number | null;
  /** The version's domains and weights (percent). */
  domains: readonly { id: string; weight: number }[];
  /** The version's items, in learning-path order. */
  items: readonly ScheduleItem[];
}

export interface ScheduleInput {
  now: Date;
  /** IANA time zone: weeks run Monday to Sunday in it. */
  timeZone: string;
  /** In the user's order: the first exam's plan comes first. */
  exams: readonly ScheduleExam[];
  statuses: ReadonlyMap<string, ItemStatus>;
  /** Item → local day ("YYYY-MM-DD") it was marked done; done items of this week stay in this week. */
  doneOn?: ReadonlyMap<string, string>;
  /** Item → Monday of the week the user put it in. */
  pins?: ReadonlyMap<string, string>;
  /** Monday → hours the user set for that week (a holiday week is 0), instead of the exam's weekly hours. */
  weekHours?: ReadonlyMap<string, number>;
  /**
   * Domain ids (version-qualified, "saa-c03-d2") whose items go first within their step,
   * e.g. the weak domains of a failed exam attempt.
   */
  focusDomains?: readonly string[];
  /** Monday → minutes taken off that week's capacity before items are placed (expected review time). */
  reservedMinutesByWeek?: ReadonlyMap<string, number>;
}

/** "topic": study an item; "review": a practice exam of the review week; "done": finished this week. */
export type EntryKind = "topic" | "review" | "done";

export interface WeekEntry {
  itemId: string;
  /** The exam this item is planned for. */
  cert: CertId;
  minutes: number;
  kind: EntryKind;
  /** The user put it in this week. */
  pinned: boolean;
  status: ItemStatus;
}

export interface ScheduleWeek {
  /** Monday, "YYYY-MM-DD". */
  start: string;
  /** Sunday, "YYYY-MM-DD". */
  end: string;
  /** 0 = this week. */
  index: number;
  /** The exam whose plan this week belongs to; null between plans. */
  cert: CertId | null;
  /** Hours that apply this week: the user's own for this week, else the exam's weekly hours. */
  hours: number;
  /** The user set this week's hours. */
  overridden: boolean;
  /** `hours × 60`. */
  capacityMinutes: number;
  /** Minutes taken off for review (`reservedMinutesByWeek`). */
  reservedMinutes: number;
  /** Minutes of every entry, done ones included. */
  plannedMinutes: number;
  doneMinutes: number;
  /** Minutes above capacity (only pinned items can cause it). */
  overByMinutes: number;
  entries: WeekEntry[];
  /** Exams that fall in this week. */
  exams: { cert: CertId; code: string; date: string }[];
  /** This week is kept for this exam's practice exams and review. */
  reviewFor: CertId | null;
}

export interface Shortfall {
  /** The exam's weekly hours the shortfall was computed with. */
  weeklyHours: number;
  /** Minutes of counted items that do not fit before the exam. */
  minutes: number;
  /** Weeks after the exam the topics would be finished at these hours; null when moving the exam cannot help. */
  weeksLate: number | null;
  /** The fewest whole weekly hours (≤ 80) with which everything fits; null when no number of hours does. */
  studyHours: number | null;
  /** The earliest exam date (same weekday) by which everything fits at these hours; null when none within two years. */
  moveExamTo: string | null;
}

export type ExamPlanState = "scheduled" | "needs-date" | "needs-hours" | "past";

export interface ExamPlan {
  cert: CertId;
  code: string;
  examDate: string | null;
  weeklyHours: number | null;
  state: ExamPlanState;
  /** First week of this exam's plan (Monday); null unless scheduled. */
  firstWeek: string | null;
  /** Week of the exam (Monday). */
  examWeek: string | null;
  /** Week kept for practice exams and review (Monday). */
  reviewWeek: string | null;
  /** Minutes of counted items still to study for this exam (not done, not skipped). */
  remainingMinutes: number;
  /** Items that do not fit before the exam, in the order they would come. */
  unscheduled: { itemId: string; minutes: number }[];
  shortfall: Shortfall | null;
  /** Step 4 and optional items for after the exam (not done, not skipped); they do not count. */
  afterExam: string[];
}

export interface Schedule {
  /** Today in the user's time zone. */
  today: string;
  /** This week's Monday. */
  thisWeek: string;
  /** From this week to the last exam's week, one per week, in order. */
  weeks: ScheduleWeek[];
  /** One per exam, in the user's order. */
  exams: ExamPlan[];
  /** The domains moved to the front of their step (a failed exam's weak domains), as given. */
  focusDomains: string[];
}
