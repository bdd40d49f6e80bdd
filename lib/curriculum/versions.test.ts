import { describe, expect, it } from "vitest";

import {
  applicableVersion,
  certifications,
  itemIndex,
  items,
  itemsForVersion,
  newestVersion,
  previousVersion,
  steps,
  tipGroups,
  skillAreas,
  certificationLevels,
  versionNotice,
  type Certification,
  type ExamVersion,
  type Item,
} from "./index";
import { itemsOfVersion, versionOnDay } from "./versions";
import { CertificationSchema, CurriculumSchema } from "./schema";

const developer = certifications.developer;
const architect = certifications.architect;

/** A version by its code, from the data (tests only). */
function getExamVersion(code: string): ExamVersion | undefined {
  return [...architect.versions, ...developer.versions].find((v) => v.exam.code === code);
}

describe("which exam version applies", () => {
  it("puts DVA-C02's last day and DVA-C03's first day on the right side of the cut-over", () => {
    expect(versionOnDay(developer, "2026-11-30").exam.code).toBe("DVA-C02");
    expect(versionOnDay(developer, "2026-12-01").exam.code).toBe("DVA-C03");
    expect(versionOnDay(developer, "2023-06-01").exam.code).toBe("DVA-C02");
    expect(versionOnDay(developer, "2031-01-01").exam.code).toBe("DVA-C03");
  });

  it("follows the exam date when there is one, whatever today is", () => {
    expect(applicableVersion(developer, "2026-11-30", "2026-10-01").exam.code).toBe("DVA-C02");
    expect(applicableVersion(developer, "2027-02-15", "2026-10-01").exam.code).toBe("DVA-C03");
    // A candidate who sat DVA-C02 on its last day stays on DVA-C02 afterwards.
    expect(applicableVersion(developer, "2026-11-30", "2027-01-10").exam.code).toBe("DVA-C02");
  });

  it("follows today when there is no exam date", () => {
    expect(applicableVersion(developer, null, "2026-11-30").exam.code).toBe("DVA-C02");
    expect(applicableVersion(developer, null, "2026-12-01").exam.code).toBe("DVA-C03");
  });

  it("keeps SAA-C03 on every day, having no announced end", () => {
    for (const day of ["2022-01-01", "2026-11-30", "2026-12-01", "2040-12-31"]) {
      expect(applicableVersion(architect, null, day).exam.code).toBe("SAA-C03");
    }
  });

  it("knows the newest version and the one before it", () => {
    const c02 = getExamVersion("DVA-C02")!;
    const c03 = getExamVersion("DVA-C03")!;
    expect(newestVersion(developer)).toBe(c03);
    expect(previousVersion(developer, c03)).toBe(c02);
    expect(previousVersion(developer, c02)).toBeUndefined();
  });
});

describe("a version's items", () => {
  it("are its exam's own items, the shared ones, and those added for that version only", () => {
    const base = items.find((item) => item.id === "iam-basics")!;
    const shared = {
      ...base,
      id: "shared",
      certs: ["architect", "developer"] as Item["certs"],
      versions: undefined,
    };
    const architectOnly = { ...shared, id: "arch", certs: ["architect"] as Item["certs"] };
    const newInC03 = { ...shared, id: "new", certs: ["developer"] as Item["certs"], versions: ["DVA-C03"] };
    const fixtures = [shared, architectOnly, newInC03];
    const ids = (code: string) => itemsOfVersion(fixtures, getExamVersion(code)!).map((item) => item.id);
    expect(ids("SAA-C03")).toEqual(["shared", "arch"]);
    expect(ids("DVA-C02")).toEqual(["shared"]);
    expect(ids("DVA-C03")).toEqual(["shared", "new"]);
  });
});

describe("the DVA-C03 data (AWS's comparison page)", () => {
  const c03 = getExamVersion("DVA-C03")!;
  const c02 = getExamVersion("DVA-C02")!;

  it("has the new weights and the renamed domain 3", () => {
    expect(c03.domains.map((d) => [d.title, d.weight])).toEqual([
      ["Development with AWS Services", 30],
      ["Security", 26],
      ["Testing and Deployment", 22],
      ["Troubleshooting and Optimization", 22],
    ]);
    expect(c02.domains.map((d) => d.weight)).toEqual([32, 26, 24, 18]);
    expect(c02.lastExamDate).toBe("2026-11-30");
    expect(c03.firstExamDate).toBe("2026-12-01");
  });

  it("keeps the exam format", () => {
    expect(c03.exam).toMatchObject({ questions: 65, scoredQuestions: 50, minutes: 130, passingScore: 720 });
  });

  it("cites the AWS page", () => {
    expect(c03.source.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/aws-certification\//);
    expect(c03.changes?.source.url).toBe(c03.source.url);
  });

  it("has the new task statement 2.3 on the security of AI services", () => {
    const security = c03.domains.find((d) => d.id === "dva-c03-d2")!;
    expect(security.taskStatements.map((t) => t.id)).toEqual(["dva-c03-2.1", "dva-c03-2.2", "dva-c03-2.3"]);
    expect(security.taskStatements[2]?.title).toMatch(/AI services/);
  });

  it("has new items for every task statement DVA-C03 adds skills to", () => {
    const added = c03.changes!.added.map((a) => a.taskStatement);
    expect(added).toEqual([
      "dva-c03-2.3",
      "dva-c03-1.1",
      "dva-c03-2.1",
      "dva-c03-3.1",
      "dva-c03-3.2",
      "dva-c03-3.3",
      "dva-c03-4.1",
      "dva-c03-4.3",
    ]);
    const newItems = items.filter((item) => item.versions?.includes("DVA-C03"));
    for (const task of added) {
      expect(
        newItems.some((item) => item.taskStatements.includes(task)),
        task,
      ).toBe(true);
    }
    // The five skills of task 2.3 each have their own item or share one with a sibling skill.
    expect(
      newItems.filter((item) => item.taskStatements.includes("dva-c03-2.3")).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it("keeps DVA-C02-only plans free of the new topics, and DVA-C03 plans complete", () => {
    const c02Items = new Set(itemsForVersion(c02).map((item) => item.id));
    const c03Items = new Set(itemsForVersion(c03).map((item) => item.id));
    expect(c02Items.has("dva-ai-guardrails-filtering")).toBe(false);
    expect(c03Items.has("dva-ai-guardrails-filtering")).toBe(true);
    // Nothing was dropped: every DVA-C02 item is still in the DVA-C03 plan.
    for (const id of c02Items) expect(c03Items.has(id), id).toBe(true);
  });

  it("re-maps moved content as AWS's table says", () => {
    const tasks = (id: string) => itemIndex.get(id)!.taskStatements.filter((t) => t.startsWith("dva-c03-"));
    expect(tasks("dva-sam-local-development")).toContain("dva-c03-3.2"); // unit tests with SAM
    expect(tasks("dva-lambda-configuration")).toContain("dva-c03-4.3"); // Lambda tuning
    expect(tasks("dva-dynamodb-access-patterns")).toContain("dva-c03-1.1"); // (de)serialising
    expect(tasks("dva-api-gateway-stages-testing")).toContain("dva-c03-3.1"); // stages, custom domains
    expect(tasks("cloudformation-basics")).toEqual(["dva-c03-3.3"]); // IaC templates
    expect(tasks("dva-sensitive-data")).toEqual(["dva-c03-2.2"]); // 2.2 + 2.3 merged
  });
});

describe("version validation", () => {
  const curriculum = () => ({ certifications, steps, tipGroups, skillAreas, certificationLevels, items });
  const withDeveloper = (change: (versions: ExamVersion[]) => ExamVersion[]): Certification => ({
    ...developer,
    versions: change(developer.versions.map((v) => ({ ...v }))),
  });
  const messages = (value: unknown) => {
    const result = CertificationSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it("accepts the real versions", () => {
    expect(messages(developer)).toEqual([]);
    expect(messages(architect)).toEqual([]);
  });

  it("refuses weights that do not add up to 100", () => {
    const broken = withDeveloper(([c02, c03]) => [
      c02!,
      { ...c03!, domains: c03!.domains.map((d, i) => (i === 0 ? { ...d, weight: 31 } : d)) },
    ]);
    expect(messages(broken).join(" ")).toMatch(/DVA-C03: domain weights add up to 101, not 100/);
  });

  it("refuses a gap or an overlap between versions", () => {
    const gap = withDeveloper(([c02, c03]) => [c02!, { ...c03!, firstExamDate: "2026-12-02" }]);
    expect(messages(gap).join(" ")).toMatch(/DVA-C03 must start on 2026-12-01/);
    const overlap = withDeveloper(([c02, c03]) => [{ ...c02!, lastExamDate: "2026-12-05" }, c03!]);
    expect(messages(overlap).join(" ")).toMatch(/DVA-C03 must start on 2026-12-06/);
    const openMiddle = withDeveloper(([c02, c03]) => [{ ...c02!, lastExamDate: null }, c03!]);
    expect(messages(openMiddle).join(" ")).toMatch(/only the newest version may have an open end/);
  });

  it("refuses a task statement no item covers", () => {
    const uncovered = items.map((item) => ({
      ...item,
      taskStatements: item.taskStatements.filter((t) => t !== "dva-c03-2.3"),
      domains: item.versions ? item.domains : item.domains,
    }));
    const result = CurriculumSchema.safeParse({ ...curriculum(), items: uncovered });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain("no item covers task statement dva-c03-2.3");
  });

  it("refuses an item that names a task statement its version does not have", () => {
    const [first, ...rest] = items;
    const broken = [
      { ...first!, domains: [...first!.domains, "dva-c02-d2"], taskStatements: ["dva-c02-2.9"] },
      ...rest,
    ];
    const result = CurriculumSchema.safeParse({ ...curriculum(), items: broken });
    expect(result.error?.issues.map((i) => i.message)).toContain("unknown task statement dva-c02-2.9");
  });

  it("refuses an exam item that was not re-mapped to a newer version", () => {
    const broken = items.map((item) =>
      item.id === "dva-cognito-auth"
        ? {
            ...item,
            domains: item.domains.filter((d) => !d.startsWith("dva-c03")),
            taskStatements: item.taskStatements.filter((t) => !t.startsWith("dva-c03")),
          }
        : item,
    );
    const result = CurriculumSchema.safeParse({ ...curriculum(), items: broken });
    expect(result.error?.issues.map((i) => i.message)).toContain(
      "dva-cognito-auth has no DVA-C03 domain (map it to every version it belongs to)",
    );
  });
});

describe("the version-change notice", () => {
  const c03 = getExamVersion("DVA-C03")!;
  const c02 = getExamVersion("DVA-C02")!;
  const none = new Set<string>();

  it("is for candidates who enrolled before the new version started", () => {
    expect(versionNotice(developer, c03, "2026-11-30", none, items)).toEqual({
      id: "version-change:DVA-C03",
      code: "DVA-C03",
      previousCode: "DVA-C02",
      since: "2026-12-01",
      newTopics: 13,
      weights: [30, 26, 22, 22],
    });
    expect(versionNotice(developer, c03, "2026-12-01", none, items)).toBeNull();
  });

  it("is not shown once dismissed, nor to those who still follow the old version", () => {
    expect(
      versionNotice(developer, c03, "2026-10-01", new Set(["version-change:DVA-C03"]), items),
    ).toBeNull();
    expect(versionNotice(developer, c02, "2026-10-01", none, items)).toBeNull();
    expect(versionNotice(architect, architect.versions[0]!, "2026-10-01", none, items)).toBeNull();
  });
});
