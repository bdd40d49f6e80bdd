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
  type ExamVersion,
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

/** "saa-c03-d1": exam prefix, version, domain number. */
export const DOMAIN_ID = /^(saa|dva)-(c\d{2})-d([1-9])$/;
/** "dva-c03-2.3": exam prefix, version, task statement number. */
export const TASK_ID = /^(saa|dva)-(c\d{2})-([1-9])\.[1-9]$/;
const CERT_OF_PREFIX = { saa: "architect", dva: "developer" } as const;

/** The domain a task statement belongs to: "dva-c03-2.3" → "dva-c03-d2". */
export function domainOfTask(taskId: string): string {
  const match = TASK_ID.exec(taskId);
  return match ? `${match[1]}-${match[2]}-d${match[3]}` : "";
}

/** The exam version a domain or task statement id names: "dva-c03-2.3" → "DVA-C03". */
export function versionOfId(id: string): string {
  const match = DOMAIN_ID.exec(id) ?? TASK_ID.exec(id);
  return match ? `${match[1]}-${match[2]}`.toUpperCase() : "";
}

function certOfId(id: string): "architect" | "developer" | undefined {
  const match = DOMAIN_ID.exec(id) ?? TASK_ID.exec(id);
  return match ? CERT_OF_PREFIX[match[1] as "saa" | "dva"] : undefined;
}

export const TaskStatementSchema = z.object({
  id: z.string().regex(TASK_ID, "task statement ids look like saa-c03-1.1 or dva-c03-3.2"),
  title: nonEmpty,
}) satisfies z.ZodType<TaskStatement>;

export const ExamDomainSchema = z
  .object({
    id: z.string().regex(DOMAIN_ID, "domain ids look like saa-c03-d1 or dva-c03-d4"),
    title: nonEmpty,
    weight: z.number().int().positive().max(100),
    taskStatements: z.array(TaskStatementSchema).min(1),
  })
  .superRefine((domain, ctx) => {
    domain.taskStatements.forEach((task, index) => {
      if (domainOfTask(task.id) !== domain.id) {
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
    examGuide: DocLinkSchema,
  })
  .refine((exam) => exam.code.endsWith(exam.version), { message: "version must match the exam code" })
  .refine((exam) => exam.scoredQuestions + exam.unscoredQuestions === exam.questions, {
    message: "scored + unscored must equal questions",
  })
  .refine((exam) => exam.scoreMin < exam.passingScore && exam.passingScore <= exam.scoreMax, {
    message: "passing score must lie within the score range",
  }) satisfies z.ZodType<ExamFacts>;

/** The calendar day after "YYYY-MM-DD". */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export const VersionChangesSchema = z.object({
  from: z.string().regex(/^[A-Z]{3}-C\d{2}$/),
  source: DocLinkSchema,
  added: z
    .array(
      z.object({
        taskStatement: z.string().regex(TASK_ID),
        newTask: z.boolean(),
        skills: z.array(nonEmpty).min(1),
      }),
    )
    .min(1),
  moved: z.array(
    z.object({ what: nonEmpty, from: z.string().regex(TASK_ID), to: z.string().regex(TASK_ID) }),
  ),
  merged: z.array(z.object({ area: nonEmpty, before: nonEmpty, after: nonEmpty })),
});

export const ExamVersionSchema = z
  .object({
    cert: CertIdSchema,
    firstExamDate: isoDate.nullable(),
    lastExamDate: isoDate.nullable(),
    exam: ExamFactsSchema,
    domains: z.array(ExamDomainSchema).min(1),
    source: DocLinkSchema,
    changes: VersionChangesSchema.optional(),
  })
  .superRefine((version, ctx) => {
    const code = version.exam.code;
    const weights = version.domains.reduce((sum, domain) => sum + domain.weight, 0);
    if (weights !== 100) {
      ctx.addIssue({
        code: "custom",
        path: ["domains"],
        message: `${code}: domain weights add up to ${weights}, not 100`,
      });
    }
    version.domains.forEach((domain, index) => {
      if (versionOfId(domain.id) !== code || certOfId(domain.id) !== version.cert) {
        ctx.addIssue({
          code: "custom",
          path: ["domains", index, "id"],
          message: `${domain.id} is not a ${code} domain id`,
        });
      }
    });
    if (version.firstExamDate && version.lastExamDate && version.firstExamDate > version.lastExamDate) {
      ctx.addIssue({ code: "custom", path: ["lastExamDate"], message: "ends before it starts" });
    }
    const tasks = new Set(version.domains.flatMap((d) => d.taskStatements.map((t) => t.id)));
    for (const [index, added] of (version.changes?.added ?? []).entries()) {
      if (!tasks.has(added.taskStatement)) {
        ctx.addIssue({
          code: "custom",
          path: ["changes", "added", index],
          message: `${added.taskStatement} is not in ${code}`,
        });
      }
    }
    for (const [index, moved] of (version.changes?.moved ?? []).entries()) {
      if (!tasks.has(moved.to) || versionOfId(moved.from) !== version.changes?.from) {
        ctx.addIssue({
          code: "custom",
          path: ["changes", "moved", index],
          message: `moves from ${version.changes?.from} to ${code}`,
        });
      }
    }
  }) satisfies z.ZodType<ExamVersion>;

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
    versions: z.array(ExamVersionSchema).min(1),
  })
  .superRefine((cert, ctx) => {
    cert.versions.forEach((version, index) => {
      const at = ["versions", index];
      if (version.cert !== cert.id) {
        ctx.addIssue({ code: "custom", path: [...at, "cert"], message: `belongs to ${version.cert}` });
      }
      const next = cert.versions[index + 1];
      if (index > 0 && version.firstExamDate === null) {
        ctx.addIssue({
          code: "custom",
          path: [...at, "firstExamDate"],
          message: "only the oldest version may have an open start",
        });
      }
      if (next && version.lastExamDate === null) {
        ctx.addIssue({
          code: "custom",
          path: [...at, "lastExamDate"],
          message: "only the newest version may have an open end",
        });
      }
      if (next && version.lastExamDate !== null && next.firstExamDate !== null) {
        const expected = nextDay(version.lastExamDate);
        if (next.firstExamDate !== expected) {
          ctx.addIssue({
            code: "custom",
            path: ["versions", index + 1, "firstExamDate"],
            message: `${next.exam.code} must start on ${expected}, the day after ${version.exam.code} ends (no gap, no overlap)`,
          });
        }
      }
    });
    const codes = cert.versions.map((v) => v.exam.code);
    if (!unique(codes))
      ctx.addIssue({ code: "custom", path: ["versions"], message: "version codes must not repeat" });
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
    domains: z.array(z.string().regex(DOMAIN_ID)).refine(unique, "domains must not repeat"),
    taskStatements: z.array(z.string().regex(TASK_ID)).refine(unique, "task statements must not repeat"),
    versions: z
      .array(z.string().regex(/^[A-Z]{3}-C\d{2}$/))
      .min(1)
      .refine(unique, "versions must not repeat")
      .optional(),
    skills: z.array(SkillAreaIdSchema).min(1).refine(unique, "skills must not repeat"),
    services: z.array(nonEmpty),
    minutes: z.number().int().min(15).max(480),
    links: z.array(DocLinkSchema).min(1),
    optional: z.literal(true).optional(),
    practiceExam: z.literal(true).optional(),
  })
  .superRefine((item, ctx) => {
    // A task statement implies its domain; a domain implies its exam.
    item.taskStatements.forEach((task, index) => {
      const domain = domainOfTask(task);
      if (!item.domains.includes(domain)) {
        ctx.addIssue({
          code: "custom",
          path: ["taskStatements", index],
          message: `${task} is listed without its domain ${domain}`,
        });
      }
    });
    item.domains.forEach((domain, index) => {
      const cert = certOfId(domain);
      if (!cert || !item.certs.includes(cert)) {
        ctx.addIssue({
          code: "custom",
          path: ["domains", index],
          message: `${domain} belongs to the ${cert ?? "unknown"} exam, which is not in certs`,
        });
      }
      if (item.versions && !item.versions.includes(versionOfId(domain))) {
        ctx.addIssue({
          code: "custom",
          path: ["domains", index],
          message: `${domain} belongs to ${versionOfId(domain)}, which the item is not for`,
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
    const versionsByCode = new Map<string, ExamVersion>();
    for (const cert of Object.values(certifications)) {
      for (const version of cert.versions) {
        versionsByCode.set(version.exam.code, version);
        for (const domain of version.domains) {
          domainIds.add(domain.id);
          for (const task of domain.taskStatements) taskIds.add(task.id);
        }
      }
    }
    // Every task statement of every version is covered by an item of that version.
    const covered = new Set(curriculum.items.flatMap((item) => item.taskStatements));
    for (const id of taskIds) {
      if (!covered.has(id)) {
        ctx.addIssue({ code: "custom", path: ["items"], message: `no item covers task statement ${id}` });
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
      for (const [i, code] of (item.versions ?? []).entries()) {
        const version = versionsByCode.get(code);
        if (!version || !item.certs.includes(version.cert)) {
          ctx.addIssue({
            code: "custom",
            path: at("versions", i),
            message: `${code} is not a version of its exams`,
          });
        }
      }
      // An item that counts towards an exam is mapped in every version of it that it belongs to.
      for (const cert of item.certs) {
        const mapped = item.domains.some((d) => certOfId(d) === cert);
        if (!mapped) continue;
        for (const version of certifications[cert].versions) {
          if (item.versions && !item.versions.includes(version.exam.code)) continue;
          if (!item.domains.some((d) => versionOfId(d) === version.exam.code)) {
            ctx.addIssue({
              code: "custom",
              path: at("domains"),
              message: `${item.id} has no ${version.exam.code} domain (map it to every version it belongs to)`,
            });
          }
        }
      }
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
