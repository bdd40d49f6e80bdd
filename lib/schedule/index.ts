export * from "./types";
export {
  buildSchedule,
  findEntry,
  isAfterExam,
  isMondayKey,
  MAX_EXAM_SHIFT_WEEKS,
  MAX_WEEKLY_HOURS,
  mondayOf,
  planFor,
  reviewWeekOf,
  stepRank,
} from "./build";
export {
  planSchedule,
  scheduleExams,
  type PlanEnrollment,
  type PlanRows,
  type ScheduleExtras,
} from "./from-plan";
