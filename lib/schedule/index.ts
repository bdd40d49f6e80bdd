// The schedule (ADR 022): `buildSchedule` is the pure core; `planSchedule` builds it from a
// user's stored rows, with the inputs other features feed it (`ScheduleExtras`).
export * from "./types";
export { findEntry, isAfterExam, mondayOf, planFor } from "./build";
export { planSchedule, type PlanRows } from "./from-plan";
