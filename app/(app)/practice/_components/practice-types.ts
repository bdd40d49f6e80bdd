import type { CertId } from "@/lib/curriculum/types";
import type { Attempt } from "@/lib/readiness/types";

/** One exam version as the form needs it: its dates decide which domains the form asks for. */
export interface VersionOption {
  code: string;
  firstExamDate: string | null;
  lastExamDate: string | null;
  passingScore: number;
  domains: { id: string; title: string }[];
}

export interface ExamOption {
  cert: CertId;
  name: string;
  versions: VersionOption[];
}

/** A saved attempt as the history list and the edit form see it (the owner's page: notes included). */
export interface HistoryAttempt extends Attempt {
  notes: string;
}
