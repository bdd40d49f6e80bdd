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
  /** e.g. "saa-1.1", "dva-3.2" */
  id: string;
  title: string;
}

export interface ExamDomain {
  /** e.g. "saa-d1", "dva-d4" */
  id: string;
  title: string;
  /** Percent of scored content, e.g. 30. The weights of one exam sum to 100. */
  weight: number;
  taskStatements: TaskStatement[];
}

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
  /** Set only when AWS has announced it; `source` says where. */
  successor?: { code: string; name: string; firstExamDate?: string; source: DocLink };
  retirement?: { lastExamDate: string; source: DocLink };
  examGuide: DocLink;
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
  exam: ExamFacts;
  domains: ExamDomain[];
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
  /** Domain ids ("saa-d1") this item covers. */
  domains: string[];
  /** Task statement ids ("saa-1.1") this item covers. */
  taskStatements: string[];
  skills: SkillAreaId[];
  services: string[];
  /** Estimated minutes of study. */
  minutes: number;
  links: DocLink[];
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
