/**
 * The shape of the study content. Ids are stable slugs: progress rows in the
 * database point at item ids, so an id never changes once shipped (see
 * `renames.ts` for the record of any rename).
 */

export const CERT_IDS = ["architect", "developer"] as const;
export type CertId = (typeof CERT_IDS)[number];

export const STEP_IDS = ["fundamentals", "associate", "projects", "next-level"] as const;
export type StepId = (typeof STEP_IDS)[number];

export const TIP_GROUP_IDS = ["build-projects", "core-services", "architecture-design", "debugging"] as const;
export type TipGroupId = (typeof TIP_GROUP_IDS)[number];

export const SKILL_AREA_IDS = [
  "cloud-architecture",
  "programming",
  "networking",
  "devops-tools",
  "infrastructure-design",
  "api-development",
  "security-architecture",
] as const;
export type SkillAreaId = (typeof SKILL_AREA_IDS)[number];

/** The level an exam asks of a skill area, as in the article's comparison table. */
export const SKILL_LEVELS = ["low", "medium", "high", "very-high"] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const ITEM_STATUSES = ["todo", "in_progress", "done", "skipped"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface DocLink {
  title: string;
  /** Always https, always official AWS documentation or an AWS page. */
  url: string;
}

export interface TaskStatement {
  /** Qualified by the exam version: "saa-c03-1.1", "dva-c03-2.3". */
  id: string;
  title: string;
}

export interface ExamDomain {
  /** Qualified by the exam version: "saa-c03-d1", "dva-c02-d4". */
  id: string;
  title: string;
  /** Percent of scored content, e.g. 30. The weights of one exam version sum to 100. */
  weight: number;
  taskStatements: TaskStatement[];
}

/** The format of one exam version, from its exam guide. */
export interface ExamFacts {
  code: string; // "SAA-C03"
  version: string; // "C03"
  questions: number; // 65
  scoredQuestions: number; // 50
  unscoredQuestions: number; // 15
  minutes: number; // 130
  scoreMin: number; // 100
  scoreMax: number; // 1000
  passingScore: number; // 720
  questionTypes: string[]; // multiple choice, multiple response
  examGuide: DocLink;
}

/**
 * One dated version of an exam. A certification's versions follow each other
 * without gap or overlap: the version that applies to a candidate is the one
 * whose dates contain their exam date (see versions.ts).
 */
export interface ExamVersion {
  cert: CertId;
  /** First day it can be taken, "YYYY-MM-DD"; null when it predates what we track. */
  firstExamDate: string | null;
  /** Last day it can be taken (inclusive); null while AWS has announced no end. */
  lastExamDate: string | null;
  exam: ExamFacts;
  domains: ExamDomain[];
  /** The AWS page these dates and weights come from. */
  source: DocLink;
  /** What changed from the version before, when there is one. */
  changes?: VersionChanges;
}

/** AWS's account of what a new version changes, in our words. */
export interface VersionChanges {
  /** Code of the version it replaces. */
  from: string;
  source: DocLink;
  /** Skills added, by task statement of the new version. */
  added: { taskStatement: string; newTask: boolean; skills: string[] }[];
  /** Content that kept its scope but is tested under another task statement. */
  moved: { what: string; from: string; to: string }[];
  /** Skills consolidated into fewer, broader ones (no less emphasis). */
  merged: { area: string; before: string; after: string }[];
}

export interface Certification {
  id: CertId;
  name: string; // "AWS Certified Solutions Architect – Associate"
  shortName: string; // "Solutions Architect"
  level: "Associate";
  summary: string;
  question: string; // "How should the system be designed?"
  focusAreas: string[];
  coreServices: string[];
  skills: string[];
  technicalDepth: string[];
  problemTypes: string[];
  examChallenges: string[];
  codingLevel: { level: "minimal" | "strong"; description: string };
  roles: string[];
  careerLadder: string[];
  careerNotes: string[];
  /** Teams the article says this role works alongside (architect). */
  collaborators?: string[];
  /** Areas the article says people on this path often specialise in (developer). */
  specializations?: string[];
  idealFor: string[];
  chooseIf: string[];
  salaryNotes: string[];
  /** Oldest first; consecutive, without gap or overlap. */
  versions: ExamVersion[];
}

export type ItemSection = { kind: "step"; step: StepId } | { kind: "tip"; group: TipGroupId };

export interface Item {
  id: string;
  title: string;
  /** One to three sentences, in our own words. */
  summary: string;
  section: ItemSection;
  /** Both ids = a shared item: one tick counts for both exams. */
  certs: CertId[];
  /** Domain ids ("saa-c03-d1", "dva-c03-d2") this item covers, in every version it belongs to. */
  domains: string[];
  /** Task statement ids ("saa-c03-1.1", "dva-c03-2.3") this item covers. */
  taskStatements: string[];
  /**
   * Exam version codes this item belongs to ("DVA-C03" for a topic that version
   * added). Absent: every version of its exams.
   */
  versions?: string[];
  skills: SkillAreaId[];
  services: string[];
  /** Estimated minutes of study. */
  minutes: number;
  links: DocLink[];
  /** Worth doing, but not part of preparing for the exam: the schedule places it after the exam. */
  optional?: true;
  /** A practice exam or practice question set: the schedule keeps it for the last week before the exam. */
  practiceExam?: true;
}

export interface LearningStep {
  id: StepId;
  number: 1 | 2 | 3 | 4;
  title: string;
  description: string;
}

export interface TipGroup {
  id: TipGroupId;
  title: string;
  description: string;
  /** Which exam the article aims the tip group at; both for general tips. */
  certs: CertId[];
}

export interface SkillArea {
  id: SkillAreaId;
  name: string;
  levels: Record<CertId, SkillLevel>;
}

export interface CertificationLevel {
  name: "Foundational" | "Associate" | "Professional" | "Specialty";
  description: string;
}

/** The article's advice on taking both associate exams, and in which order. */
export interface BothStrategy {
  /** Whether taking both is worthwhile (the article says yes). */
  recommended: boolean;
  summary: string;
  /** The suggested order, first exam first, each with why it comes there. */
  order: { cert: CertId; why: string }[];
  outcome: string;
}

/** Which exam tends to feel easier, depending on where you come from. */
export interface DifficultyNote {
  background: string;
  /** The exam that usually feels more natural for this background. */
  easierCert: CertId;
  reason: string;
}
