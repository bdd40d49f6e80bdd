import { z } from "zod";
import {
  CERT_IDS,
  SKILL_AREA_IDS,
  SKILL_LEVELS,
  STEP_IDS,
  TIP_GROUP_IDS,
  type Certification,
  type CertificationLevel,
  type DocLink,
  type ExamDomain,
  type ExamFacts,
  type Item,
  type LearningStep,
  type SkillArea,
  type TaskStatement,
  type TipGroup,
} from "./types";

/** Hosts we accept for study links and sources: official AWS pages only. */
export const OFFICIAL_LINK_HOSTS = ["docs.aws.amazon.com", "aws.amazon.com", "skillbuilder.aws"] as const;

/** Lower-case words joined by single hyphens: "s3-first-bucket". */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Sentence ends: ".", "!" or "?" followed by whitespace or the end of the text. */
export function countSentences(text: string): number {
  return (text.trim().match(/[.!?](?=\s|$)/g) ?? []).length;
}

function isOfficialHttpsUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "https:") return false;
  return OFFICIAL_LINK_HOSTS.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
}

const nonEmpty = z.string().trim().min(1);

export const CertIdSchema = z.enum(CERT_IDS);
export const StepIdSchema = z.enum(STEP_IDS);
export const TipGroupIdSchema = z.enum(TIP_GROUP_IDS);
export const SkillAreaIdSchema = z.enum(SKILL_AREA_IDS);
export const SkillLevelSchema = z.enum(SKILL_LEVELS);

export const DocLinkSchema = z.object({
  title: nonEmpty,
  url: z.string().refine(isOfficialHttpsUrl, {
    message: `must be an https URL on ${OFFICIAL_LINK_HOSTS.join(", ")}`,
  }),
}) satisfies z.ZodType<DocLink>;

export const TaskStatementSchema = z.object({
  id: z.string().regex(/^(saa|dva)-[1-9]\.[1-9]$/, "task statement ids look like saa-1.1 or dva-3.4"),
  title: nonEmpty,
}) satisfies z.ZodType<TaskStatement>;

export const ExamDomainSchema = z
  .object({
    id: z.string().regex(/^(saa|dva)-d[1-9]$/, "domain ids look like saa-d1 or dva-d4"),
    title: nonEmpty,
    weight: z.number().int().positive().max(100),
    taskStatements: z.array(TaskStatementSchema).min(1),
  })
  .superRefine((domain, ctx) => {
    const [prefix, number] = domain.id.split("-d");
    domain.taskStatements.forEach((task, index) => {
      if (!task.id.startsWith(`${prefix ?? ""}-${number ?? ""}.`)) {
        ctx.addIssue({
          code: "custom",
          path: ["taskStatements", index, "id"],
          message: `${task.id} does not belong to domain ${domain.id}`,
        });
      }
    });
  }) satisfies z.ZodType<ExamDomain>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD");

export const ExamFactsSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{3}-C\d{2}$/),
    version: z.string().regex(/^C\d{2}$/),
    questions: z.number().int().positive(),
    scoredQuestions: z.number().int().positive(),
    unscoredQuestions: z.number().int().nonnegative(),
    minutes: z.number().int().positive(),
    scoreMin: z.number().int().nonnegative(),
    scoreMax: z.number().int().positive(),
    passingScore: z.number().int().positive(),
    questionTypes: z.array(nonEmpty).min(1),
    successor: z
      .object({
        code: nonEmpty,
        name: nonEmpty,
        firstExamDate: isoDate.optional(),
        source: DocLinkSchema,
      })
      .optional(),
    retirement: z.object({ lastExamDate: isoDate, source: DocLinkSchema }).optional(),
    examGuide: DocLinkSchema,
  })
  .refine((exam) => exam.code.endsWith(exam.version), { message: "version must match the exam code" })
  .refine((exam) => exam.scoredQuestions + exam.unscoredQuestions === exam.questions, {
    message: "scored + unscored must equal questions",
  })
  .refine((exam) => exam.scoreMin < exam.passingScore && exam.passingScore <= exam.scoreMax, {
    message: "passing score must lie within the score range",
  }) satisfies z.ZodType<ExamFacts>;

export const CertificationSchema = z
  .object({
    id: CertIdSchema,
    name: nonEmpty,
    shortName: nonEmpty,
    level: z.literal("Associate"),
    summary: nonEmpty,
    question: z.string().trim().endsWith("?"),
    focusAreas: z.array(nonEmpty).min(1),
    coreServices: z.array(nonEmpty).min(1),
    skills: z.array(nonEmpty).min(1),
    technicalDepth: z.array(nonEmpty).min(1),
    problemTypes: z.array(nonEmpty).min(1),
    examChallenges: z.array(nonEmpty).min(1),
    codingLevel: z.object({ level: z.enum(["minimal", "strong"]), description: nonEmpty }),
    roles: z.array(nonEmpty).min(1),
    careerLadder: z.array(nonEmpty).min(2),
    careerNotes: z.array(nonEmpty),
    collaborators: z.array(nonEmpty).optional(),
    specializations: z.array(nonEmpty).optional(),
    idealFor: z.array(nonEmpty).min(1),
    chooseIf: z.array(nonEmpty).min(1),
    salaryNotes: z.array(nonEmpty).min(1),
    exam: ExamFactsSchema,
    domains: z.array(ExamDomainSchema).min(1),
  })
  .refine((cert) => cert.domains.reduce((sum, domain) => sum + domain.weight, 0) === 100, {
    message: "domain weights must add up to 100",
    path: ["domains"],
  }) satisfies z.ZodType<Certification>;

export const ItemSectionSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("step"), step: StepIdSchema }),
  z.object({ kind: z.literal("tip"), group: TipGroupIdSchema }),
]);

function unique<T>(values: readonly T[]): boolean {
  return new Set(values).size === values.length;
}

export const ItemSchema = z
  .object({
    id: z.string().regex(KEBAB_CASE, "ids are kebab-case").max(80),
    title: nonEmpty.max(120),
    summary: nonEmpty.refine((text) => {
      const n = countSentences(text);
      return n >= 1 && n <= 3;
    }, "summary must be one to three sentences"),
    section: ItemSectionSchema,
    certs: z.array(CertIdSchema).min(1).refine(unique, "certs must not repeat"),
    domains: z.array(z.string().regex(/^(saa|dva)-d[1-9]$/)).refine(unique, "domains must not repeat"),
    taskStatements: z
      .array(z.string().regex(/^(saa|dva)-[1-9]\.[1-9]$/))
      .refine(unique, "task statements must not repeat"),
    skills: z.array(SkillAreaIdSchema).min(1).refine(unique, "skills must not repeat"),
    services: z.array(nonEmpty),
    minutes: z.number().int().min(15).max(480),
    links: z.array(DocLinkSchema).min(1),
  })
  .superRefine((item, ctx) => {
    // A task statement implies its domain; a domain implies its exam.
    item.taskStatements.forEach((task, index) => {
      const [exam, rest] = task.split("-");
      const domain = `${exam ?? ""}-d${(rest ?? "").split(".")[0] ?? ""}`;
      if (!item.domains.includes(domain)) {
        ctx.addIssue({
          code: "custom",
          path: ["taskStatements", index],
          message: `${task} is listed without its domain ${domain}`,
        });
      }
    });
    item.domains.forEach((domain, index) => {
      const cert = domain.startsWith("saa-") ? "architect" : "developer";
      if (!item.certs.includes(cert)) {
        ctx.addIssue({
          code: "custom",
          path: ["domains", index],
          message: `${domain} belongs to the ${cert} exam, which is not in certs`,
        });
      }
    });
  }) satisfies z.ZodType<Item>;

export const LearningStepSchema = z.object({
  id: StepIdSchema,
  number: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  title: nonEmpty,
  description: nonEmpty,
}) satisfies z.ZodType<LearningStep>;

export const TipGroupSchema = z.object({
  id: TipGroupIdSchema,
  title: nonEmpty,
  description: nonEmpty,
  certs: z.array(CertIdSchema).min(1).refine(unique),
}) satisfies z.ZodType<TipGroup>;

export const SkillAreaSchema = z.object({
  id: SkillAreaIdSchema,
  name: nonEmpty,
  levels: z.object({ architect: SkillLevelSchema, developer: SkillLevelSchema }),
}) satisfies z.ZodType<SkillArea>;

export const CertificationLevelSchema = z.object({
  name: z.enum(["Foundational", "Associate", "Professional", "Specialty"]),
  description: nonEmpty,
}) satisfies z.ZodType<CertificationLevel>;

/**
 * The whole curriculum with its cross-references checked: every domain and
 * task statement an item names exists, item ids and titles are unique, each
 * item's section exists and targets at least one of the item's exams.
 */
export const CurriculumSchema = z
  .object({
    certifications: z.object({ architect: CertificationSchema, developer: CertificationSchema }),
    steps: z.array(LearningStepSchema).length(STEP_IDS.length),
    tipGroups: z.array(TipGroupSchema).length(TIP_GROUP_IDS.length),
    skillAreas: z.array(SkillAreaSchema).length(SKILL_AREA_IDS.length),
    certificationLevels: z.array(CertificationLevelSchema).length(4),
    items: z.array(ItemSchema).min(1),
  })
  .superRefine((curriculum, ctx) => {
    const { certifications } = curriculum;
    for (const id of CERT_IDS) {
      if (certifications[id].id !== id) {
        ctx.addIssue({ code: "custom", path: ["certifications", id, "id"], message: `expected ${id}` });
      }
    }
    const domainIds = new Set<string>();
    const taskIds = new Set<string>();
    for (const cert of Object.values(certifications)) {
      for (const domain of cert.domains) {
        domainIds.add(domain.id);
        for (const task of domain.taskStatements) taskIds.add(task.id);
      }
    }
    const tipCerts = new Map(curriculum.tipGroups.map((group) => [group.id, group.certs]));
    const seenIds = new Set<string>();
    const seenTitles = new Set<string>();
    curriculum.items.forEach((item, index) => {
      const at = (...path: (string | number)[]) => ["items", index, ...path];
      if (seenIds.has(item.id))
        ctx.addIssue({ code: "custom", path: at("id"), message: `duplicate id ${item.id}` });
      seenIds.add(item.id);
      const title = item.title.toLowerCase();
      if (seenTitles.has(title)) {
        ctx.addIssue({ code: "custom", path: at("title"), message: `duplicate title ${item.title}` });
      }
      seenTitles.add(title);
      item.domains.forEach((domain, i) => {
        if (!domainIds.has(domain))
          ctx.addIssue({ code: "custom", path: at("domains", i), message: `unknown domain ${domain}` });
      });
      item.taskStatements.forEach((task, i) => {
        if (!taskIds.has(task)) {
          ctx.addIssue({
            code: "custom",
            path: at("taskStatements", i),
            message: `unknown task statement ${task}`,
          });
        }
      });
      if (item.section.kind === "tip") {
        const groupCerts = tipCerts.get(item.section.group) ?? [];
        if (!item.certs.every((cert) => groupCerts.includes(cert))) {
          ctx.addIssue({
            code: "custom",
            path: at("certs"),
            message: `tip group ${item.section.group} is not aimed at all of ${item.certs.join(", ")}`,
          });
        }
      }
    });
  });
