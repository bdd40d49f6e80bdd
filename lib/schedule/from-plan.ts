import { certifications, itemsForVersion } from "../curriculum";
import type { CertId } from "../curriculum/types";
import { applicableVersion } from "../curriculum/versions";

import type { ScheduleExam } from "./types";

export interface PlanEnrollment {
  cert: CertId;
  position: number;
  targetDate: string | null;
  weeklyHours: number | null;
}

/**
 * The exams of a user's plan in their order, each with the exam version that applies to
 * them (ADR 010: the version of their exam date, else the one in use `today`), its domain
 * weights and its items.
 */
export function scheduleExams(enrollments: readonly PlanEnrollment[], today: string): ScheduleExam[] {
  return [...enrollments]
    .sort((a, b) => a.position - b.position)
    .map((enrollment) => {
      const version = applicableVersion(certifications[enrollment.cert], enrollment.targetDate, today);
      return {
        cert: enrollment.cert,
        code: version.exam.code,
        examDate: enrollment.targetDate,
        weeklyHours: enrollment.weeklyHours,
        domains: version.domains.map((domain) => ({ id: domain.id, weight: domain.weight })),
        items: itemsForVersion(version),
      };
    });
}
