import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { CertId, ItemStatus, StepId } from "../curriculum/types";
import { dayKey, dayNumber, keyFromDayNumber, mondayIndex } from "../progress/days";

import { buildSchedule, isAfterExam, stepRank } from "./build";
import type { Schedule, ScheduleExam, ScheduleInput, ScheduleItem } from "./types";

/**
 * Properties of the schedule over generated plans: every remaining counted item is planned
 * exactly once (or reported as not fitting), no week holds more than its capacity apart from
 * what the user pinned, step order holds, the same input gives the same output, and weeks are
 * Monday-to-Sunday weeks of the user's zone, DST changes included.
 */

const ZONES = [
  "UTC",
  "Europe/Berlin",
  "America/New_York",
  "America/Sao_Paulo",
  "Australia/Sydney",
  "Asia/Tokyo",
  "Pacific/Chatham",
  "America/St_Johns",
];
const STEPS: StepId[] = ["fundamentals", "associate", "projects", "next-level"];
const DOMAINS = ["x-d1", "x-d2", "x-d3", "x-d4"];
const STATUSES: ItemStatus[] = ["todo", "todo", "todo", "in_progress", "done", "skipped"];

const itemArb = (id: string) =>
  fc
    .record({
      kind: fc.integer({ min: 0, max: 5 }),
      minutes: fc.integer({ min: 1, max: 32 }).map((n) => n * 15),
      domains: fc.subarray(DOMAINS),
      flag: fc.integer({ min: 0, max: 9 }),
    })
    .map(({ kind, minutes, domains, flag }): ScheduleItem => {
      const section =
        kind === 5
          ? ({ kind: "tip", group: "core-services" } as const)
          : ({ kind: "step", step: STEPS[Math.min(kind, 3)]! } as const);
      return {
        id,
        minutes,
        section,
        domains,
        ...(flag === 0 ? { optional: true as const } : {}),
        ...(flag === 1 && section.kind === "step" && section.step === "associate"
          ? { practiceExam: true as const }
          : {}),
      };
    });

// 2020-01-01 … 2035-12-31, as instants.
const instantArb = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) })
  .map((ms) => new Date(ms));

const planArb = fc
  .record({
    now: instantArb,
    timeZone: fc.constantFrom(...ZONES),
    itemCount: fc.integer({ min: 1, max: 40 }),
    sharedEvery: fc.integer({ min: 1, max: 4 }),
    both: fc.boolean(),
    firstWeeks: fc.integer({ min: 0, max: 30 }),
    secondWeeks: fc.integer({ min: -3, max: 30 }),
    examWeekday: fc.integer({ min: 0, max: 6 }),
    hours: fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 })),
    weights: fc.tuple(
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 1, max: 60 }),
      fc.integer({ min: 1, max: 60 }),
    ),
    seed: fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 200, maxLength: 200 }),
    focus: fc.subarray(DOMAINS, { maxLength: 2 }),
  })
  .chain((plan) =>
    fc
      .tuple(...Array.from({ length: plan.itemCount }, (_, i) => itemArb(`i${i}`)))
      .map((items) => ({ ...plan, items })),
  )
  .map((p): ScheduleInput => {
    const today = dayNumber(dayKey(p.now, p.timeZone));
    const monday = today - mondayIndex(today);
    const pick = (i: number) => p.seed[i % p.seed.length]!;
    const examDay = (weeks: number) => keyFromDayNumber(monday + weeks * 7 + p.examWeekday);
    const domains = DOMAINS.map((id, i) => ({ id, weight: p.weights[i]! }));
    const a: ScheduleExam = {
      cert: "architect",
      code: "SAA-C03",
      examDate: examDay(p.firstWeeks),
      weeklyHours: p.hours[0],
      domains,
      items: p.items.filter((_, i) => i % p.sharedEvery === 0 || i % 2 === 0),
    };
    const b: ScheduleExam = {
      cert: "developer",
      code: "DVA-C03",
      examDate: examDay(p.firstWeeks + p.secondWeeks),
      weeklyHours: p.hours[1],
      domains,
      items: p.items.filter((_, i) => i % p.sharedEvery === 0 || i % 2 === 1),
    };
    const statuses = new Map<string, ItemStatus>();
    const doneOn = new Map<string, string>();
    const pins = new Map<string, string>();
    p.items.forEach((item, i) => {
      const status = STATUSES[pick(i) % STATUSES.length]!;
      if (status !== "todo") statuses.set(item.id, status);
      if (status === "done") doneOn.set(item.id, keyFromDayNumber(today - (pick(i + 50) % 14)));
      if (pick(i + 100) % 7 === 0)
        pins.set(item.id, keyFromDayNumber(monday + ((pick(i + 150) % 12) - 2) * 7));
    });
    const weekHours = new Map<string, number>();
    const reserved = new Map<string, number>();
    for (let w = 0; w < 12; w += 1) {
      if (pick(w + 20) % 5 === 0) weekHours.set(keyFromDayNumber(monday + w * 7), pick(w + 30) % 12);
      if (pick(w + 40) % 4 === 0) reserved.set(keyFromDayNumber(monday + w * 7), (pick(w + 60) % 8) * 15);
    }
    return {
      now: p.now,
      timeZone: p.timeZone,
      exams: p.both ? [a, b] : [a],
      statuses,
      doneOn,
      pins,
      weekHours,
      focusDomains: p.focus,
      reservedMinutesByWeek: reserved,
    };
  });

/** Items each planned exam must account for: its own (first exam wins shared ones), open, counted. */
function remainingByExam(input: ScheduleInput, schedule: Schedule): Map<CertId, Set<string>> {
  const out = new Map<CertId, Set<string>>();
  const claimed = new Set<string>();
  input.exams.forEach((exam, i) => {
    if (schedule.exams[i]!.state !== "scheduled") return;
    const ids = new Set<string>();
    for (const item of exam.items) {
      if (claimed.has(item.id)) continue;
      claimed.add(item.id);
      const status = input.statuses.get(item.id) ?? "todo";
      if (!isAfterExam(item) && (status === "todo" || status === "in_progress")) ids.add(item.id);
    }
    out.set(exam.cert, ids);
  });
  return out;
}

const RUNS = { numRuns: 300 };

describe("buildSchedule (properties)", () => {
  it("plans every remaining counted item exactly once, or reports it as not fitting", () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const s = buildSchedule(input);
        const expected = remainingByExam(input, s);
        const seen = new Map<string, number>();
        const count = (id: string) => seen.set(id, (seen.get(id) ?? 0) + 1);
        for (const week of s.weeks) for (const e of week.entries) if (e.kind !== "done") count(e.itemId);
        for (const plan of s.exams) for (const u of plan.unscheduled) count(u.itemId);
        const all = new Set([...expected.values()].flatMap((ids) => [...ids]));
        expect(new Set(seen.keys())).toEqual(all);
        for (const n of seen.values()) expect(n).toBe(1);
        for (const week of s.weeks) {
          for (const e of week.entries) {
            if (e.kind !== "done") expect(expected.get(e.cert)?.has(e.itemId)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("never fills a week beyond its capacity, except with what the user pinned there", () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const s = buildSchedule(input);
        for (const week of s.weeks) {
          let pinned = 0;
          let placed = 0;
          for (const e of week.entries) {
            if (e.kind === "done" || e.pinned) pinned += e.minutes;
            else placed += e.minutes;
          }
          const room = Math.max(0, week.capacityMinutes - week.reservedMinutes - pinned);
          expect(placed).toBeLessThanOrEqual(room);
          expect(week.capacityMinutes).toBe(week.hours * 60);
          if (week.overByMinutes > 0) expect(pinned + week.reservedMinutes).toBeGreaterThan(0);
        }
        for (const plan of s.exams) {
          const missing = plan.unscheduled.reduce((sum, u) => sum + u.minutes, 0);
          expect(plan.shortfall?.minutes ?? 0).toBe(missing);
        }
      }),
      RUNS,
    );
  });

  it("keeps step order: no topic of a later step before one of an earlier step", () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const s = buildSchedule(input);
        const byId = new Map(input.exams.flatMap((e) => e.items.map((item) => [item.id, item] as const)));
        for (const plan of s.exams) {
          // Unplanned items count as "after every week".
          const order: { rank: number; week: number }[] = [];
          s.weeks.forEach((week, index) => {
            for (const e of week.entries) {
              if (e.cert === plan.cert && e.kind === "topic" && !e.pinned) {
                order.push({ rank: stepRank(byId.get(e.itemId)!)!, week: index });
              }
            }
          });
          for (const u of plan.unscheduled) {
            const item = byId.get(u.itemId)!;
            if (!item.practiceExam) order.push({ rank: stepRank(item)!, week: Number.POSITIVE_INFINITY });
          }
          for (const a of order) {
            for (const b of order) if (a.rank < b.rank) expect(a.week).toBeLessThanOrEqual(b.week);
          }
        }
      }),
      RUNS,
    );
  });

  it("gives the same schedule for the same input", () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const copy: ScheduleInput = {
          ...input,
          statuses: new Map([...input.statuses].reverse()),
          pins: new Map([...(input.pins ?? [])].reverse()),
          weekHours: new Map([...(input.weekHours ?? [])].reverse()),
        };
        expect(buildSchedule(copy)).toEqual(buildSchedule(input));
      }),
      { numRuns: 150 },
    );
  });

  it("runs Monday-to-Sunday weeks of the user's zone, from this week to the last exam's week", () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const s = buildSchedule(input);
        const today = dayKey(input.now, input.timeZone);
        expect(s.today).toBe(today);
        expect(s.weeks[0]!.start <= today && today <= s.weeks[0]!.end).toBe(true);
        s.weeks.forEach((week, index) => {
          expect(mondayIndex(dayNumber(week.start))).toBe(0);
          expect(dayNumber(week.end) - dayNumber(week.start)).toBe(6);
          expect(week.index).toBe(index);
          if (index > 0) expect(dayNumber(week.start) - dayNumber(s.weeks[index - 1]!.start)).toBe(7);
        });
        const examWeeks = s.exams.filter((p) => p.state === "scheduled").map((p) => p.examWeek!);
        const last = s.weeks[s.weeks.length - 1]!.start;
        if (examWeeks.length) expect(last).toBe(examWeeks.sort().at(-1));
        for (const plan of s.exams) {
          if (plan.state !== "scheduled") continue;
          const examWeek = s.weeks.find((w) => w.start === plan.examWeek);
          expect(examWeek?.exams.map((e) => e.code)).toContain(plan.code);
        }
      }),
      RUNS,
    );
  });

  it("counts a week across a DST change as a whole week of the exam's hours", () => {
    // Mondays whose week holds a DST change in Berlin (29 Mar, 25 Oct 2026) and New York (8 Mar, 1 Nov 2026).
    const changes: [string, string][] = [
      ["Europe/Berlin", "2026-03-23"],
      ["Europe/Berlin", "2026-10-19"],
      ["America/New_York", "2026-03-02"],
      ["America/New_York", "2026-10-26"],
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...changes),
        fc.integer({ min: 0, max: 6 * 24 * 60 }),
        fc.integer({ min: 1, max: 20 }),
        ([timeZone, monday], minute, hours) => {
          // An instant inside the week before, so the DST week is the second week of the plan.
          const start = dayNumber(monday) - 7;
          const now = new Date((start * 24 * 60 + 12 * 60 + minute) * 60_000);
          fc.pre(dayNumber(dayKey(now, timeZone)) - start < 7);
          const s = buildSchedule({
            now,
            timeZone,
            statuses: new Map(),
            exams: [
              {
                cert: "architect",
                code: "SAA-C03",
                examDate: keyFromDayNumber(dayNumber(monday) + 14 + 4),
                weeklyHours: hours,
                domains: [{ id: "x-d1", weight: 100 }],
                items: Array.from({ length: 100 }, (_, i) => ({
                  id: `i${i}`,
                  minutes: 45,
                  section: { kind: "step", step: "associate" } as const,
                  domains: ["x-d1"],
                })),
              },
            ],
          });
          expect(s.weeks.map((w) => w.start)).toEqual([
            keyFromDayNumber(start),
            monday,
            keyFromDayNumber(dayNumber(monday) + 7),
            keyFromDayNumber(dayNumber(monday) + 14),
          ]);
          expect(s.weeks[1]!.capacityMinutes).toBe(hours * 60);
          expect(s.weeks[1]!.plannedMinutes).toBe(Math.floor((hours * 60) / 45) * 45);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("suggests weekly hours and an exam date that really fit everything", () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const first = { ...input, exams: input.exams.slice(0, 1) };
        const s = buildSchedule(first);
        const shortfall = s.exams[0]!.shortfall;
        fc.pre(shortfall !== null);
        if (shortfall!.studyHours !== null) {
          const more = buildSchedule({
            ...first,
            exams: [{ ...first.exams[0]!, weeklyHours: shortfall!.studyHours }],
          });
          expect(more.exams[0]!.unscheduled).toEqual([]);
          expect(shortfall!.studyHours).toBeGreaterThan(first.exams[0]!.weeklyHours!);
        }
        if (shortfall!.moveExamTo !== null) {
          const later = buildSchedule({
            ...first,
            exams: [{ ...first.exams[0]!, examDate: shortfall!.moveExamTo }],
          });
          expect(later.exams[0]!.unscheduled).toEqual([]);
          expect(shortfall!.moveExamTo > first.exams[0]!.examDate!).toBe(true);
          expect(shortfall!.weeksLate).toBe(
            (dayNumber(shortfall!.moveExamTo) - dayNumber(first.exams[0]!.examDate!)) / 7,
          );
        }
      }),
      RUNS,
    );
  });
});
