import { describe, expect, it } from "vitest";

import { fakeExamVersion } from "../../tests/support/curriculum";
import type { Certification, ExamDomain, ExamVersion, Item } from "../curriculum/types";
import { detailsParams, detailsPath, findVersion, planDetails, versionSlug } from "./details";

const DOMAINS: ExamDomain[] = [
  {
    id: "x-c01-d1",
    title: "Design things",
    weight: 60,
    taskStatements: [
      { id: "x-c01-1.1", title: "Design secure things" },
      { id: "x-c01-1.2", title: "Design fast things" },
    ],
  },
  {
    id: "x-c01-d2",
    title: "Run things",
    weight: 40,
    taskStatements: [{ id: "x-c01-2.1", title: "Run" }],
  },
];

function version(cert: "architect" | "developer", code: string): ExamVersion {
  return fakeExamVersion(cert, code, DOMAINS);
}

const X_C01 = version("architect", "X-C01");
const Y_C01 = version("developer", "Y-C01");
const Y_C02 = version("developer", "Y-C02");

// Only what the details module reads of a certification: its id and versions.
const certifications = {
  architect: { id: "architect", versions: [X_C01] },
  developer: { id: "developer", versions: [Y_C01, Y_C02] },
} as unknown as Record<string, Certification>;

const item: Item = {
  id: "vpc-basics",
  title: "VPC basics",
  summary: "Subnets, route tables and gateways.",
  section: { kind: "step", step: "fundamentals" },
  certs: ["architect", "developer"],
  domains: ["x-c01-d1", "y-c01-d3"],
  taskStatements: ["x-c01-1.2", "y-c01-3.1", "x-c01-1.1"],
  skills: ["networking"],
  services: ["Amazon VPC", "NAT gateway"],
  minutes: 90,
  links: [{ title: "What is Amazon VPC?", url: "https://docs.aws.amazon.com/vpc/" }],
};

describe("the details' URL", () => {
  it("names the exam and the version in lower case", () => {
    expect(versionSlug("SAA-C03")).toBe("saa-c03");
    expect(detailsPath("architect", "SAA-C03")).toBe("/api/curriculum/architect/saa-c03");
    expect(detailsPath("developer", "DVA-C02")).toBe("/api/curriculum/developer/dva-c02");
  });
});

describe("findVersion", () => {
  it("finds a version by exam and lower-case code", () => {
    expect(findVersion(certifications, "architect", "x-c01")).toBe(X_C01);
    expect(findVersion(certifications, "developer", "y-c01")).toBe(Y_C01);
    expect(findVersion(certifications, "developer", "y-c02")).toBe(Y_C02);
  });

  it("finds nothing for an unknown exam, another exam's version or a code spelled otherwise", () => {
    expect(findVersion(certifications, "sysops", "x-c01")).toBeUndefined();
    expect(findVersion(certifications, "architect", "y-c01")).toBeUndefined();
    expect(findVersion(certifications, "architect", "X-C01")).toBeUndefined();
    expect(findVersion(certifications, "architect", "x-c01 ")).toBeUndefined();
    expect(findVersion(certifications, "architect", "")).toBeUndefined();
    // Names an object's own properties must not reach a prototype's.
    expect(findVersion(certifications, "constructor", "x-c01")).toBeUndefined();
    expect(findVersion(certifications, "__proto__", "x-c01")).toBeUndefined();
  });
});

describe("detailsParams", () => {
  it("lists every version of every exam", () => {
    expect(detailsParams(certifications)).toEqual([
      { cert: "architect", version: "x-c01" },
      { cert: "developer", version: "y-c01" },
      { cert: "developer", version: "y-c02" },
    ]);
  });
});

describe("planDetails", () => {
  it("keeps what Details and the search need, and titles the version's task statements", () => {
    expect(planDetails(X_C01, [item])).toEqual({
      code: "X-C01",
      items: {
        "vpc-basics": {
          summary: "Subnets, route tables and gateways.",
          services: ["Amazon VPC", "NAT gateway"],
          minutes: 90,
          links: [{ title: "What is Amazon VPC?", url: "https://docs.aws.amazon.com/vpc/" }],
          // In the item's order; the other exam's task statement is dropped.
          taskStatements: [
            { id: "x-c01-1.2", title: "Design fast things" },
            { id: "x-c01-1.1", title: "Design secure things" },
          ],
        },
      },
    });
  });

  it("sends nothing a row already has (title, section, domains) and nothing private to the server", () => {
    const sent = planDetails(X_C01, [item]).items["vpc-basics"];
    expect(Object.keys(sent ?? {}).sort()).toEqual([
      "links",
      "minutes",
      "services",
      "summary",
      "taskStatements",
    ]);
  });

  it("has an entry for every item given, even one without task statements of the version", () => {
    const other: Item = { ...item, id: "lambda-basics", taskStatements: ["y-c01-3.1"], links: [] };
    const details = planDetails(X_C01, [item, other]);
    expect(Object.keys(details.items)).toEqual(["vpc-basics", "lambda-basics"]);
    expect(details.items["lambda-basics"]?.taskStatements).toEqual([]);
    expect(planDetails(Y_C02, []).items).toEqual({});
  });
});
