import { describe, expect, it } from "vitest";
import {
  CERT_IDS,
  SKILL_AREA_IDS,
  STEP_IDS,
  TIP_GROUP_IDS,
  bothStrategy,
  certificationLevels,
  certifications,
  difficultyByBackground,
  getItem,
  isCertId,
  isShared,
  itemIndex,
  items,
  itemsForCert,
  itemsForVersion,
  skillAreas,
  steps,
  tipGroups,
  type CertId,
  type Item,
  type SkillLevel,
} from "./index";
import { itemsByStep, tipItems } from "../../tests/support/curriculum";
import { belongsToVersion } from "./versions";
import { knownItemIds } from "./known-ids";
import { itemIdRenames } from "./renames";
import {
  CertificationSchema,
  CurriculumSchema,
  ItemSchema,
  KEBAB_CASE,
  LearningStepSchema,
  SkillAreaSchema,
  TipGroupSchema,
  countSentences,
} from "./schema";

const allVersions = CERT_IDS.flatMap((cert) => certifications[cert].versions);
const domainIds = new Set(allVersions.flatMap((version) => version.domains.map((domain) => domain.id)));
const taskIds = new Set(
  allVersions.flatMap((version) =>
    version.domains.flatMap((domain) => domain.taskStatements.map((task) => task.id)),
  ),
);

function sectionKey(item: Item): string {
  return item.section.kind === "step" ? `step:${item.section.step}` : `tip:${item.section.group}`;
}

describe("schema", () => {
  it("accepts the whole curriculum, cross-references included", () => {
    const result = CurriculumSchema.safeParse({
      certifications,
      steps,
      tipGroups,
      skillAreas,
      certificationLevels,
      items,
    });
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(items.map((item) => [item.id, item] as const))("item %s passes the item schema", (_id, item) => {
    const result = ItemSchema.safeParse(item);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("accepts both certifications, the steps, the tip groups and the skill areas", () => {
    for (const cert of CERT_IDS)
      expect(CertificationSchema.safeParse(certifications[cert]).success).toBe(true);
    for (const step of steps) expect(LearningStepSchema.safeParse(step).success).toBe(true);
    for (const group of tipGroups) expect(TipGroupSchema.safeParse(group).success).toBe(true);
    for (const area of skillAreas) expect(SkillAreaSchema.safeParse(area).success).toBe(true);
  });

  it("rejects obviously broken items", () => {
    const good = items[0];
    expect(good).toBeDefined();
    if (!good) return;
    const bad: Item[] = [
      { ...good, id: "Not_Kebab" },
      { ...good, links: [{ title: "x", url: "http://docs.aws.amazon.com/x" }] },
      { ...good, links: [{ title: "x", url: "https://example.com/aws" }] },
      { ...good, links: [] },
      { ...good, skills: [] },
      { ...good, minutes: 5 },
      { ...good, summary: "One. Two. Three. Four." },
      { ...good, certs: ["architect"], domains: ["dva-c03-d1"], taskStatements: [] },
      { ...good, domains: [], taskStatements: ["saa-c03-1.1"] },
      { ...good, domains: ["saa-d1"], taskStatements: [] },
      { ...good, certs: ["developer"], domains: ["dva-c02-d1"], taskStatements: [], versions: ["DVA-C03"] },
    ];
    for (const item of bad) expect(ItemSchema.safeParse(item).success).toBe(false);
  });

  it("counts sentences the way summaries are written", () => {
    expect(countSentences("One sentence.")).toBe(1);
    expect(countSentences("Use a .zip archive or S3. Then deploy it!")).toBe(2);
  });
});

describe("items", () => {
  it("has at least 90 items", () => {
    expect(items.length).toBeGreaterThanOrEqual(90);
  });

  it("has unique kebab-case ids and unique titles", () => {
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB_CASE);
    const titles = items.map((item) => item.title.toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("links only to https pages on official AWS hosts", () => {
    for (const item of items) {
      expect(item.links.length).toBeGreaterThan(0);
      for (const link of item.links) {
        const url = new URL(link.url);
        expect(url.protocol).toBe("https:");
        expect(["docs.aws.amazon.com", "aws.amazon.com", "skillbuilder.aws"]).toContain(url.hostname);
      }
    }
  });

  it("references only domains and task statements that exist", () => {
    for (const item of items) {
      for (const domain of item.domains) expect(domainIds, `${item.id} → ${domain}`).toContain(domain);
      for (const task of item.taskStatements) expect(taskIds, `${item.id} → ${task}`).toContain(task);
    }
  });

  it("keeps realistic study times", () => {
    for (const item of items) {
      expect(Number.isInteger(item.minutes)).toBe(true);
      expect(item.minutes).toBeGreaterThanOrEqual(15);
      expect(item.minutes).toBeLessThanOrEqual(480);
    }
  });

  it("is in path order: steps 1 → 4, then tip groups in order", () => {
    const order = [
      ...STEP_IDS.map((step) => `step:${step}`),
      ...TIP_GROUP_IDS.map((group) => `tip:${group}`),
    ];
    const ranks = items.map((item) => order.indexOf(sectionKey(item)));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("gives step-1 fundamentals to both exams", () => {
    const fundamentals = items.filter((item) => sectionKey(item) === "step:fundamentals");
    expect(fundamentals.length).toBeGreaterThan(0);
    for (const item of fundamentals) expect(isShared(item)).toBe(true);
  });

  it("has a healthy number of shared items", () => {
    const shared = items.filter(isShared);
    expect(shared.length).toBeGreaterThanOrEqual(20);
    expect(shared.length).toBeLessThanOrEqual(35);
    // Shared items that carry exam domains list domains of both exams.
    for (const item of shared) {
      if (item.domains.length === 0) continue;
      expect(
        item.domains.some((d) => d.startsWith("saa-")),
        item.id,
      ).toBe(true);
      expect(
        item.domains.some((d) => d.startsWith("dva-")),
        item.id,
      ).toBe(true);
    }
  });

  it("gives each exam at least 40 items", () => {
    for (const cert of CERT_IDS) expect(itemsForCert(cert).length).toBeGreaterThanOrEqual(40);
  });

  it("fills all four steps for both exams", () => {
    for (const cert of CERT_IDS) {
      for (const step of STEP_IDS)
        expect(itemsByStep(cert, step).length, `${cert}/${step}`).toBeGreaterThan(0);
    }
  });

  it("covers every domain of every version with several items and every task statement at least once", () => {
    for (const version of allVersions) {
      const certItems = itemsForVersion(version);
      for (const domain of version.domains) {
        const inDomain = certItems.filter((item) => item.domains.includes(domain.id));
        expect(inDomain.length, domain.id).toBeGreaterThanOrEqual(4);
        for (const task of domain.taskStatements) {
          expect(
            certItems.some((item) => item.taskStatements.includes(task.id)),
            task.id,
          ).toBe(true);
        }
      }
    }
  });

  it("has concrete step-2 items for every domain of each exam, plus a practice exam", () => {
    for (const version of allVersions) {
      const associate = itemsByStep(version.cert, "associate").filter(
        (item) => item.certs.length === 1 && belongsToVersion(item, version),
      );
      for (const domain of version.domains) {
        const specific = associate.filter(
          (item) => item.domains.includes(domain.id) && item.taskStatements.length > 0,
        );
        expect(specific.length, domain.id).toBeGreaterThanOrEqual(3);
      }
      expect(associate.some((item) => item.id.endsWith("practice-exam"))).toBe(true);
    }
  });

  it("covers every skill area for each exam", () => {
    for (const cert of CERT_IDS) {
      for (const skill of SKILL_AREA_IDS) {
        expect(
          itemsForCert(cert).filter((item) => item.skills.includes(skill)).length,
          `${cert}/${skill}`,
        ).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("keeps step-4 items out of exam readiness", () => {
    for (const item of items.filter((i) => sectionKey(i) === "step:next-level")) {
      expect(item.domains).toEqual([]);
    }
  });
});

describe("known ids and renames", () => {
  it("still ships every known id, or records its rename", () => {
    for (const id of knownItemIds) {
      const renamed = itemIdRenames[id];
      if (renamed === undefined) expect(itemIndex.has(id), id).toBe(true);
      else expect(itemIndex.has(renamed), `${id} → ${renamed}`).toBe(true);
    }
  });

  it("lists every shipped id as known", () => {
    const known = new Set(knownItemIds);
    for (const item of items) expect(known.has(item.id), item.id).toBe(true);
    expect(Object.isFrozen(knownItemIds)).toBe(true);
  });

  it("renames never point at themselves or at unknown ids", () => {
    for (const [from, to] of Object.entries(itemIdRenames)) {
      expect(from).not.toBe(to);
      expect(itemIndex.has(to) || to in itemIdRenames).toBe(true);
    }
  });
});

describe("the article's lists", () => {
  const architect = certifications.architect;
  const developer = certifications.developer;

  it("states the exam facts of every version of both associate exams", () => {
    expect(architect.versions.map((v) => v.exam.code)).toEqual(["SAA-C03"]);
    expect(developer.versions.map((v) => v.exam.code)).toEqual(["DVA-C02", "DVA-C03"]);
    for (const version of [...architect.versions, ...developer.versions]) {
      const { exam } = version;
      expect(exam.questions).toBe(65);
      expect(exam.scoredQuestions).toBe(50);
      expect(exam.unscoredQuestions).toBe(15);
      expect(exam.minutes).toBe(130);
      expect([exam.scoreMin, exam.scoreMax, exam.passingScore]).toEqual([100, 1000, 720]);
      expect(exam.questionTypes).toEqual(["multiple choice", "multiple response"]);
      expect(exam.examGuide.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/aws-certification\/latest\//);
      expect(new URL(version.source.url).hostname).toMatch(/amazon\.com$/);
    }
  });

  it("has the official domains, weights and task statements of each version", () => {
    const shape = (code: string) =>
      [...architect.versions, ...developer.versions]
        .find((v) => v.exam.code === code)!
        .domains.map((d) => [d.title, d.weight, d.taskStatements.map((t) => t.id)]);
    expect(shape("SAA-C03")).toEqual([
      ["Design Secure Architectures", 30, ["saa-c03-1.1", "saa-c03-1.2", "saa-c03-1.3"]],
      ["Design Resilient Architectures", 26, ["saa-c03-2.1", "saa-c03-2.2"]],
      [
        "Design High-Performing Architectures",
        24,
        ["saa-c03-3.1", "saa-c03-3.2", "saa-c03-3.3", "saa-c03-3.4", "saa-c03-3.5"],
      ],
      [
        "Design Cost-Optimized Architectures",
        20,
        ["saa-c03-4.1", "saa-c03-4.2", "saa-c03-4.3", "saa-c03-4.4"],
      ],
    ]);
    expect(shape("DVA-C02")).toEqual([
      ["Development with AWS Services", 32, ["dva-c02-1.1", "dva-c02-1.2", "dva-c02-1.3"]],
      ["Security", 26, ["dva-c02-2.1", "dva-c02-2.2", "dva-c02-2.3"]],
      ["Deployment", 24, ["dva-c02-3.1", "dva-c02-3.2", "dva-c02-3.3", "dva-c02-3.4"]],
      ["Troubleshooting and Optimization", 18, ["dva-c02-4.1", "dva-c02-4.2", "dva-c02-4.3"]],
    ]);
    expect(shape("DVA-C03")).toEqual([
      ["Development with AWS Services", 30, ["dva-c03-1.1", "dva-c03-1.2", "dva-c03-1.3"]],
      ["Security", 26, ["dva-c03-2.1", "dva-c03-2.2", "dva-c03-2.3"]],
      ["Testing and Deployment", 22, ["dva-c03-3.1", "dva-c03-3.2", "dva-c03-3.3"]],
      ["Troubleshooting and Optimization", 22, ["dva-c03-4.1", "dva-c03-4.2", "dva-c03-4.3"]],
    ]);
  });

  it("has the skills comparison table exactly", () => {
    const table: Record<string, [string, SkillLevel, SkillLevel]> = {
      "cloud-architecture": ["Cloud Architecture", "very-high", "medium"],
      programming: ["Programming", "low", "high"],
      networking: ["Networking", "high", "medium"],
      "devops-tools": ["DevOps Tools", "medium", "high"],
      "infrastructure-design": ["Infrastructure Design", "very-high", "medium"],
      "api-development": ["API Development", "low", "high"],
      "security-architecture": ["Security Architecture", "high", "medium"],
    };
    expect(skillAreas.map((area) => area.id)).toEqual([...SKILL_AREA_IDS]);
    for (const area of skillAreas) {
      expect([area.name, area.levels.architect, area.levels.developer]).toEqual(table[area.id]);
    }
  });

  it("lists the four certification levels in order", () => {
    expect(certificationLevels.map((level) => level.name)).toEqual([
      "Foundational",
      "Associate",
      "Professional",
      "Specialty",
    ]);
  });

  it("has both career ladders", () => {
    expect(architect.careerLadder).toEqual([
      "Cloud Engineer",
      "Solutions Architect",
      "Senior Cloud Architect",
      "Cloud Architecture Lead",
      "Chief Cloud Architect",
    ]);
    expect(developer.careerLadder).toEqual([
      "Backend Developer",
      "Cloud Developer",
      "Senior Cloud Engineer",
      "Platform Engineer",
      "DevOps Engineer",
    ]);
  });

  it("has every per-role list with the article's length", () => {
    const lengths = (cert: CertId) => {
      const c = certifications[cert];
      return {
        focusAreas: c.focusAreas.length,
        coreServices: c.coreServices.length,
        technicalDepth: c.technicalDepth.length,
        problemTypes: c.problemTypes.length,
        examChallenges: c.examChallenges.length,
        roles: c.roles.length,
        idealFor: c.idealFor.length,
        chooseIf: c.chooseIf.length,
      };
    };
    expect(lengths("architect")).toEqual({
      focusAreas: 6,
      coreServices: 6,
      technicalDepth: 4,
      problemTypes: 3,
      examChallenges: 3,
      roles: 5,
      idealFor: 3,
      chooseIf: 4,
    });
    expect(lengths("developer")).toEqual({
      focusAreas: 6,
      coreServices: 5,
      technicalDepth: 4,
      problemTypes: 4,
      examChallenges: 3,
      roles: 5,
      idealFor: 3,
      chooseIf: 4,
    });
    expect(architect.skills.length).toBeGreaterThanOrEqual(6);
    expect(developer.skills.length).toBeGreaterThanOrEqual(6);
    expect(architect.roles).toEqual([
      "Cloud Solutions Architect",
      "Cloud Architect",
      "Infrastructure Architect",
      "DevOps Architect",
      "Cloud Consultant",
    ]);
    expect(developer.roles).toEqual([
      "Cloud Developer",
      "Backend Developer",
      "Serverless Developer",
      "Cloud Software Engineer",
      "DevOps Developer",
    ]);
    expect(architect.idealFor).toEqual([
      "System administrators",
      "DevOps engineers",
      "IT infrastructure professionals",
    ]);
    expect(developer.idealFor).toEqual(["Software developers", "Backend engineers", "Full-stack developers"]);
    expect(architect.technicalDepth).toEqual([
      "Infrastructure",
      "Networking",
      "System reliability",
      "Multi-tier architectures",
    ]);
    expect(developer.technicalDepth).toEqual([
      "Programming",
      "SDKs and APIs",
      "Application deployment",
      "Serverless functions",
    ]);
    expect(architect.collaborators).toEqual([
      "Development teams",
      "DevOps engineers",
      "Security teams",
      "Business stakeholders",
    ]);
    expect(developer.specializations).toEqual([
      "Serverless applications",
      "Microservices architecture",
      "Cloud-native software development",
      "Event-driven systems",
    ]);
    expect(architect.codingLevel.level).toBe("minimal");
    expect(developer.codingLevel.level).toBe("strong");
    expect(architect.salaryNotes.length).toBeGreaterThan(0);
    expect(developer.salaryNotes.length).toBeGreaterThan(0);
  });

  it("has the four learning steps in order", () => {
    expect(steps.map((step) => [step.id, step.number])).toEqual([
      ["fundamentals", 1],
      ["associate", 2],
      ["projects", 3],
      ["next-level", 4],
    ]);
  });

  it("has the four study-tip groups, aimed at the right exams, with one item per bullet", () => {
    expect(tipGroups.map((group) => [group.id, group.certs])).toEqual([
      ["build-projects", ["architect", "developer"]],
      ["core-services", ["architect", "developer"]],
      ["architecture-design", ["architect"]],
      ["debugging", ["developer"]],
    ]);
    const count = (group: string) =>
      items.filter((item) => item.section.kind === "tip" && item.section.group === group).length;
    expect(count("build-projects")).toBe(4); // serverless APIs, scalable web apps, event-driven systems, CI/CD
    expect(count("core-services")).toBe(5); // compute, storage, databases, networking, security
    expect(count("architecture-design")).toBe(4); // multi-tier, load balancing, HA, DR
    expect(count("debugging")).toBe(4); // logging/monitoring, debugging, deployment automation, serverless
    expect(tipItems("architect").map((item) => item.id)).toEqual(
      expect.arrayContaining([
        "tip-build-serverless-api",
        "tip-build-scalable-web-app",
        "tip-build-event-driven-system",
        "tip-build-ci-cd-pipeline",
        "tip-core-compute",
        "tip-core-storage",
        "tip-core-databases",
        "tip-core-networking",
        "tip-core-security",
        "tip-design-multi-tier",
        "tip-design-load-balancing",
        "tip-design-high-availability",
        "tip-design-disaster-recovery",
      ]),
    );
    expect(tipItems("architect")).toHaveLength(13);
    expect(tipItems("developer")).toHaveLength(13);
    expect(tipItems("developer", "debugging").map((item) => item.id)).toEqual([
      "tip-debug-logging-monitoring",
      "tip-debug-application-errors",
      "tip-debug-deployment-automation",
      "tip-debug-serverless",
    ]);
  });

  it("advises architect first, then developer, and notes difficulty by background", () => {
    expect(bothStrategy.recommended).toBe(true);
    expect(bothStrategy.order.map((step) => step.cert)).toEqual(["architect", "developer"]);
    expect(difficultyByBackground.map((note) => note.easierCert).sort()).toEqual(["architect", "developer"]);
  });
});

describe("helpers", () => {
  it("looks items up by id, including through renames", () => {
    const first = items[0];
    expect(first).toBeDefined();
    if (!first) return;
    expect(getItem(first.id)).toBe(first);
    expect(getItem("no-such-item")).toBeUndefined();
    expect(itemIndex.size).toBe(items.length);
  });

  it("recognises exam ids", () => {
    expect(isCertId("architect")).toBe(true);
    expect(isCertId("developer")).toBe(true);
    expect(isCertId("sysops")).toBe(false);
    expect(isCertId(undefined)).toBe(false);
  });

  it("splits items by exam and step consistently", () => {
    for (const cert of CERT_IDS) {
      const byStep = STEP_IDS.flatMap((step) => itemsByStep(cert, step));
      const total = byStep.length + tipItems(cert).length;
      expect(total).toBe(itemsForCert(cert).length);
      for (const item of itemsForCert(cert)) expect(item.certs).toContain(cert);
    }
  });
});
