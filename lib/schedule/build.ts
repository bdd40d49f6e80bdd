import type { CertId, ItemStatus } from "../curriculum/types";
import { dayKey, dayNumber, isDayKey, keyFromDayNumber, mondayIndex } from "../progress/days";

import type {
  EntryKind,
  ExamPlan,
  ExamPlanState,
  Schedule,
  ScheduleExam,
  ScheduleInput,
  ScheduleItem,
  ScheduleWeek,
  Shortfall,
  WeekEntry,
} from "./types";

/**
 * The week-by-week plan to each exam date (ADR 022). Pure: no I/O, no clock; `now` and the
 * time zone come in, so the same input always gives the same schedule. Nothing of it is
 * stored: it is derived on every request, so unfinished items of past weeks roll forward by
 * themselves. Only the user's own choices are stored (pins, per-week hours; ADR 023).
 */

/** Most weekly hours the app accepts (the onboarding form's limit). */
const MAX_WEEKLY_HOURS = 80;
/** How far the "move the exam" suggestion looks ahead, in weeks. */
const MAX_EXAM_SHIFT_WEEKS = 104;

const DAY = 1;
const WEEK = 7 * DAY;

/** Monday (day number) of the week that holds day number `n`. */
function mondayOfDay(n: number): number {
  return n - mondayIndex(n);
}

/** Monday ("YYYY-MM-DD") of the week that holds `key`. */
export function mondayOf(key: string): string {
  return keyFromDayNumber(mondayOfDay(dayNumber(key)));
}

/** True for a real date that is a Monday. */
export function isMondayKey(key: string): boolean {
  return isDayKey(key) && mondayIndex(dayNumber(key)) === 0;
}

/**
 * Order of the learning path for planning: Step 1, then Step 2 (the exam's domains), then
 * the hands-on work of Step 3 and the study tips; Step 4 goes after the exam (null).
 */
export function stepRank(item: ScheduleItem): number | null {
  if (item.section.kind === "tip") return 3;
  switch (item.section.step) {
    case "fundamentals":
      return 1;
    case "associate":
      return 2;
    case "projects":
      return 3;
    case "next-level":
      return null;
  }
}

/** Step 4 and optional items: planned after the exam, not counted towards it. */
export function isAfterExam(item: ScheduleItem): boolean {
  return item.optional === true || stepRank(item) === null;
}

/**
 * The week kept for practice exams and review: the last Monday-to-Sunday week with at least
 * four days before the exam. An exam on Friday, Saturday or Sunday keeps its own week; an
 * exam on Monday to Thursday keeps the week before.
 */
export function reviewWeekOf(examDay: number): number {
  const examWeek = mondayOfDay(examDay);
  return mondayIndex(examDay) >= 4 ? examWeek : examWeek - WEEK;
}

function isOpen(status: ItemStatus): boolean {
  return status === "todo" || status === "in_progress";
}

interface Placement {
  itemId: string;
  minutes: number;
  kind: EntryKind;
  pinned: boolean;
}

interface SegmentParams {
  start: number;
  examWeek: number;
  examDay: number;
  hours: number;
  weekHours: ReadonlyMap<number, number>;
  reserved: ReadonlyMap<number, number>;
  /** Minutes already used per week by items finished this week (only this week). */
  doneMinutes: ReadonlyMap<number, number>;
  pins: ReadonlyMap<string, number>;
  review: readonly ScheduleItem[];
  /** In placing order, with their step rank. */
  topics: readonly { item: ScheduleItem; rank: number }[];
}

interface SegmentResult {
  placed: Map<number, Placement[]>;
  unscheduled: ScheduleItem[];
}

function capacityOf(p: SegmentParams, week: number): number {
  return Math.max(0, Math.round((p.weekHours.get(week) ?? p.hours) * 60));
}

/**
 * Places one exam's items into the weeks from `start` to its exam week:
 * 1. pinned items in their week, whatever the room;
 * 2. practice-exam items in the review week, overflowing into the weeks before it, latest first;
 * 3. the rest in step order, each in the earliest week with room, never before a week used
 *    by an earlier step; once an item finds no room, no later step is placed (step order holds
 *    for what is left over too).
 */
function placeSegment(p: SegmentParams, probe = false): SegmentResult {
  const count = p.examWeek >= p.start ? (p.examWeek - p.start) / WEEK + 1 : 0;
  const placed: Placement[][] = probe ? [] : Array.from({ length: count }, () => []);
  const free: number[] = new Array<number>(count);
  for (let i = 0; i < count; i += 1) {
    const w = p.start + i * WEEK;
    free[i] = capacityOf(p, w) - (p.reserved.get(w) ?? 0) - (p.doneMinutes.get(w) ?? 0);
  }
  let review = reviewWeekOf(p.examDay);
  if (review < p.start) review = p.examWeek;
  const reviewIndex = (review - p.start) / WEEK;
  // Topics go into the weeks before the review week.
  const topicWeeks = Math.max(0, Math.min(count, reviewIndex));
  const put = (i: number, item: ScheduleItem, kind: EntryKind, pinned: boolean) => {
    if (!probe) placed[i]!.push({ itemId: item.id, minutes: item.minutes, kind, pinned });
    free[i]! -= item.minutes;
  };
  const pinnedIndex = (item: ScheduleItem): number => {
    const week = p.pins.get(item.id);
    return week !== undefined && week >= p.start && week <= p.examWeek ? (week - p.start) / WEEK : -1;
  };
  const unscheduled: ScheduleItem[] = [];
  const fail = (item: ScheduleItem): boolean => {
    unscheduled.push(item);
    return probe; // a probe only asks "does everything fit?": stop at the first miss
  };
  const result = (): SegmentResult => ({
    placed: new Map(placed.map((list, i) => [p.start + i * WEEK, list])),
    unscheduled,
  });

  const unpinnedReview: ScheduleItem[] = [];
  for (const item of p.review) {
    const i = pinnedIndex(item);
    if (i >= 0) put(i, item, "review", true);
    else unpinnedReview.push(item);
  }
  const unpinnedTopics: { item: ScheduleItem; rank: number }[] = [];
  for (const entry of p.topics) {
    const i = pinnedIndex(entry.item);
    if (i >= 0) put(i, entry.item, "topic", true);
    else unpinnedTopics.push(entry);
  }

  const reviewPlaced = reviewIndex >= 0 && reviewIndex < count;
  for (const item of unpinnedReview) {
    let index = -1;
    if (reviewPlaced) {
      // The review week first, then the weeks before it, latest first.
      if (free[reviewIndex]! >= item.minutes) index = reviewIndex;
      else {
        for (let i = topicWeeks - 1; i >= 0; i -= 1) {
          if (free[i]! >= item.minutes) {
            index = i;
            break;
          }
        }
      }
    }
    if (index >= 0) put(index, item, "review", false);
    else if (fail(item)) return result();
  }

  let floor = 0;
  let rank = 0;
  let furthest = 0;
  let blocked = false;
  let topicMissed = false;
  for (const { item, rank: itemRank } of unpinnedTopics) {
    if (itemRank !== rank) {
      if (topicMissed) blocked = true;
      floor = Math.max(floor, furthest);
      rank = itemRank;
    }
    let index = -1;
    if (!blocked) {
      for (let i = floor; i < topicWeeks; i += 1) {
        if (free[i]! >= item.minutes) {
          index = i;
          break;
        }
      }
    }
    if (index < 0) {
      topicMissed = true;
      if (fail(item)) return result();
    } else {
      put(index, item, "topic", false);
      furthest = Math.max(furthest, index);
    }
  }
  return result();
}

/** Integer-free of surprises: weight × share of the domain's items not done yet. */
function domainGaps(exam: ScheduleExam, statuses: ReadonlyMap<string, ItemStatus>): Map<string, number> {
  const total = new Map<string, number>();
  const done = new Map<string, number>();
  for (const item of exam.items) {
    for (const domain of item.domains) {
      total.set(domain, (total.get(domain) ?? 0) + 1);
      if (statuses.get(item.id) === "done") done.set(domain, (done.get(domain) ?? 0) + 1);
    }
  }
  const out = new Map<string, number>();
  for (const { id, weight } of exam.domains) {
    const n = total.get(id) ?? 0;
    out.set(id, n === 0 ? 0 : (weight * (n - (done.get(id) ?? 0))) / n);
  }
  return out;
}

/** Step order, then focus domains, then the biggest weighted gap, then path order. */
function orderTopics(
  exam: ScheduleExam,
  topics: readonly ScheduleItem[],
  statuses: ReadonlyMap<string, ItemStatus>,
  focus: ReadonlySet<string>,
): { item: ScheduleItem; rank: number }[] {
  const gaps = domainGaps(exam, statuses);
  const pathIndex = new Map(exam.items.map((item, index) => [item.id, index]));
  const keyed = topics.map((item) => {
    let priority = 0;
    for (const domain of item.domains) priority = Math.max(priority, gaps.get(domain) ?? 0);
    return {
      item,
      rank: stepRank(item) ?? 4,
      focus: item.domains.some((d) => focus.has(d)) ? 0 : 1,
      priority,
      path: pathIndex.get(item.id) ?? Number.MAX_SAFE_INTEGER,
    };
  });
  keyed.sort((a, b) => a.rank - b.rank || a.focus - b.focus || b.priority - a.priority || a.path - b.path);
  return keyed.map(({ item, rank }) => ({ item, rank }));
}

function byDay<T>(map: ReadonlyMap<string, T> | undefined, valid: (key: string) => boolean): Map<number, T> {
  const out = new Map<number, T>();
  if (!map) return out;
  for (const [key, value] of map) if (valid(key)) out.set(dayNumber(key), value);
  return out;
}

interface Segment {
  exam: ScheduleExam;
  params: SegmentParams;
  result: SegmentResult;
}

function fits(params: SegmentParams): boolean {
  return placeSegment(params, true).unscheduled.length === 0;
}

/** The smallest value in [lo, hi] for which `ok` holds (assumed monotone), else null. */
function smallest(lo: number, hi: number, ok: (n: number) => boolean): number | null {
  if (lo > hi || !ok(hi)) return null;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function shortfallOf(segment: Segment): Shortfall {
  const { params, result } = segment;
  const minutes = result.unscheduled.reduce((sum, item) => sum + item.minutes, 0);
  const studyHours = smallest(Math.floor(params.hours) + 1, MAX_WEEKLY_HOURS, (hours) =>
    fits({ ...params, hours }),
  );
  const shift = smallest(1, MAX_EXAM_SHIFT_WEEKS, (n) =>
    fits({ ...params, examWeek: params.examWeek + n * WEEK, examDay: params.examDay + n * WEEK }),
  );
  return {
    weeklyHours: params.hours,
    minutes,
    weeksLate: shift,
    studyHours,
    moveExamTo: shift === null ? null : keyFromDayNumber(params.examDay + shift * WEEK),
  };
}

export function buildSchedule(input: ScheduleInput): Schedule {
  const { statuses } = input;
  const today = dayKey(input.now, input.timeZone);
  const todayNumber = dayNumber(today);
  const thisWeek = mondayOfDay(todayNumber);
  const statusOf = (id: string): ItemStatus => statuses.get(id) ?? "todo";

  const weekHours = byDay(input.weekHours, isMondayKey);
  const reserved = byDay(input.reservedMinutesByWeek, isMondayKey);
  for (const [week, minutes] of reserved) reserved.set(week, Math.max(0, minutes || 0));
  const pins = new Map<string, number>();
  for (const [itemId, week] of input.pins ?? []) {
    if (isMondayKey(week)) pins.set(itemId, dayNumber(week));
  }
  const focus = new Set(input.focusDomains ?? []);
  const doneThisWeek = (id: string): boolean => {
    if (statusOf(id) !== "done") return false;
    const on = input.doneOn?.get(id);
    if (on === undefined || !isDayKey(on)) return false;
    const n = dayNumber(on);
    return n >= thisWeek && n <= todayNumber;
  };

  // Pass 1: which exam is planned, from which week, and which items it owns (a shared item
  // belongs to the first planned exam in the user's order).
  const claimed = new Set<string>();
  let segmentStart = thisWeek;
  const plans: ExamPlan[] = [];
  const owned: { exam: ScheduleExam; plan: ExamPlan; items: ScheduleItem[]; start: number }[] = [];
  const afterOwner = new Set<string>();
  for (const exam of input.exams) {
    const examDay = exam.examDate !== null && isDayKey(exam.examDate) ? dayNumber(exam.examDate) : null;
    let state: ExamPlanState;
    if (examDay === null) state = "needs-date";
    else if (examDay < todayNumber) state = "past";
    else if (exam.weeklyHours === null || !Number.isFinite(exam.weeklyHours)) state = "needs-hours";
    else state = "scheduled";

    const plan: ExamPlan = {
      cert: exam.cert,
      code: exam.code,
      examDate: exam.examDate,
      weeklyHours: exam.weeklyHours,
      state,
      firstWeek: null,
      examWeek: examDay === null ? null : keyFromDayNumber(mondayOfDay(examDay)),
      reviewWeek: null,
      remainingMinutes: 0,
      unscheduled: [],
      shortfall: null,
      afterExam: [],
    };
    plans.push(plan);
    if (state === "scheduled") {
      const items: ScheduleItem[] = [];
      for (const item of exam.items) {
        if (claimed.has(item.id)) continue;
        claimed.add(item.id);
        items.push(item);
      }
      owned.push({ exam, plan, items, start: segmentStart });
    }
    // A later exam's plan starts after this exam's week, whether or not this one is planned.
    if (examDay !== null && state !== "past") {
      segmentStart = Math.max(segmentStart, mondayOfDay(examDay) + WEEK);
    }
    for (const item of exam.items) {
      if (isAfterExam(item) && isOpen(statusOf(item.id)) && !afterOwner.has(item.id)) {
        afterOwner.add(item.id);
        plan.afterExam.push(item.id);
      }
    }
  }

  // Items finished this week stay in this week (they used its time), with the exam they count for.
  const doneEntries: WeekEntry[] = [];
  let doneMinutesThisWeek = 0;
  for (const { exam, items } of owned) {
    for (const item of items) {
      if (isAfterExam(item) || !doneThisWeek(item.id)) continue;
      doneEntries.push({
        itemId: item.id,
        cert: exam.cert,
        minutes: item.minutes,
        kind: "done",
        pinned: false,
        status: "done",
      });
      doneMinutesThisWeek += item.minutes;
    }
  }
  const doneMinutes = new Map<number, number>([[thisWeek, doneMinutesThisWeek]]);

  // Pass 2: place each planned exam's open items in its own weeks.
  const segments: Segment[] = [];
  for (const { exam, plan, items, start } of owned) {
    const examDay = dayNumber(exam.examDate!);
    const examWeek = mondayOfDay(examDay);
    const open = items.filter((item) => !isAfterExam(item) && isOpen(statusOf(item.id)));
    const params: SegmentParams = {
      start,
      examWeek,
      examDay,
      hours: Math.max(0, exam.weeklyHours ?? 0),
      weekHours,
      reserved,
      doneMinutes,
      pins,
      review: open.filter((item) => item.practiceExam === true),
      topics: orderTopics(
        exam,
        open.filter((item) => item.practiceExam !== true),
        statuses,
        focus,
      ),
    };
    const result = placeSegment(params);
    const segment: Segment = { exam, params, result };
    segments.push(segment);
    plan.remainingMinutes = open.reduce((sum, item) => sum + item.minutes, 0);
    plan.unscheduled = result.unscheduled.map((item) => ({ itemId: item.id, minutes: item.minutes }));
    if (start <= examWeek) {
      plan.firstWeek = keyFromDayNumber(start);
      let review = reviewWeekOf(examDay);
      if (review < start) review = examWeek;
      plan.reviewWeek = keyFromDayNumber(review);
    }
    if (result.unscheduled.length > 0) plan.shortfall = shortfallOf(segment);
  }

  // The weeks: from this week to the last planned exam's week.
  let lastWeek = thisWeek;
  for (const { params } of segments) lastWeek = Math.max(lastWeek, params.examWeek);
  const weeks: ScheduleWeek[] = [];
  const byWeek = new Map<number, ScheduleWeek>();
  for (let w = thisWeek, index = 0; w <= lastWeek; w += WEEK, index += 1) {
    const week: ScheduleWeek = {
      start: keyFromDayNumber(w),
      end: keyFromDayNumber(w + 6),
      index,
      cert: null,
      hours: weekHours.get(w) ?? 0,
      overridden: weekHours.has(w),
      capacityMinutes: 0,
      reservedMinutes: reserved.get(w) ?? 0,
      plannedMinutes: 0,
      doneMinutes: 0,
      overByMinutes: 0,
      entries: [],
      exams: [],
      reviewFor: null,
    };
    weeks.push(week);
    byWeek.set(w, week);
  }
  byWeek.get(thisWeek)!.entries.push(...doneEntries);

  for (const { exam, params, result } of segments) {
    for (const [w, placements] of result.placed) {
      const week = byWeek.get(w);
      if (!week) continue;
      week.cert = exam.cert;
      week.hours = params.weekHours.get(w) ?? params.hours;
      for (const p of placements) {
        week.entries.push({ ...p, cert: exam.cert, status: statusOf(p.itemId) });
      }
    }
  }
  for (const plan of plans) {
    if (plan.state === "past" || plan.examDate === null || !isDayKey(plan.examDate)) continue;
    const week = byWeek.get(mondayOfDay(dayNumber(plan.examDate)));
    week?.exams.push({ cert: plan.cert, code: plan.code, date: plan.examDate });
    if (plan.reviewWeek !== null) {
      const review = byWeek.get(dayNumber(plan.reviewWeek));
      if (review) review.reviewFor = plan.cert;
    }
  }
  for (const week of weeks) {
    week.capacityMinutes = Math.max(0, Math.round(week.hours * 60));
    for (const entry of week.entries) {
      week.plannedMinutes += entry.minutes;
      if (entry.kind === "done") week.doneMinutes += entry.minutes;
    }
    week.overByMinutes = Math.max(0, week.plannedMinutes + week.reservedMinutes - week.capacityMinutes);
  }

  return { today, thisWeek: keyFromDayNumber(thisWeek), weeks, exams: plans, focusDomains: [...focus] };
}

/** The exam whose plan an item is in, and its week, if it is planned. */
export function findEntry(
  schedule: Schedule,
  itemId: string,
): { week: ScheduleWeek; entry: WeekEntry } | null {
  for (const week of schedule.weeks) {
    const entry = week.entries.find((e) => e.itemId === itemId);
    if (entry) return { week, entry };
  }
  return null;
}

/** The exam plan for a certification, if enrolled. */
export function planFor(schedule: Schedule, cert: CertId): ExamPlan | undefined {
  return schedule.exams.find((plan) => plan.cert === cert);
}
