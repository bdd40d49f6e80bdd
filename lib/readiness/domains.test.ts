import { describe, expect, it } from "vitest";

import { certifications } from "../curriculum";
import type { ExamVersion } from "../curriculum/types";

import { findDomain, mapDomain, versionMapping } from "./domains";

const developer = certifications.developer;
const architect = certifications.architect;
const version = (code: string): ExamVersion => developer.versions.find((v) => v.exam.code === code)!;
const C02 = version("DVA-C02");
const C03 = version("DVA-C03");

describe("mapDomain across the DVA-C02 → DVA-C03 change", () => {
  it("keeps a domain of the target version as it is", () => {
    expect(mapDomain(developer, "dva-c03-d3", C03)).toBe("dva-c03-d3");
  });

  it("maps DVA-C02 domains to the DVA-C03 domain of the same title", () => {
    expect(mapDomain(developer, "dva-c02-d1", C03)).toBe("dva-c03-d1"); // Development with AWS Services
    expect(mapDomain(developer, "dva-c02-d2", C03)).toBe("dva-c03-d2"); // Security
    expect(mapDomain(developer, "dva-c02-d4", C03)).toBe("dva-c03-d4"); // Troubleshooting and Optimization
  });

  it("keeps DVA-C02's Deployment apart: DVA-C03 has Testing and Deployment instead", () => {
    expect(mapDomain(developer, "dva-c02-d3", C03)).toBeNull();
    expect(mapDomain(developer, "dva-c03-d3", C02)).toBeNull();
  });

  it("maps the other way too (a DVA-C03 score for a candidate still on DVA-C02)", () => {
    expect(mapDomain(developer, "dva-c03-d2", C02)).toBe("dva-c02-d2");
  });

  it("refuses unknown ids and another exam's domains", () => {
    expect(mapDomain(developer, "dva-c09-d1", C03)).toBeNull();
    expect(mapDomain(developer, "saa-c03-d1", C03)).toBeNull();
    expect(mapDomain(architect, "dva-c02-d1", architect.versions[0]!)).toBeNull();
  });
});

describe("versionMapping", () => {
  it("lists what DVA-C02's domains count for under DVA-C03, and what is kept apart", () => {
    const { mapped, apart } = versionMapping(developer, C03);
    expect(mapped.map((m) => [m.from.id, m.to])).toEqual([
      ["dva-c02-d1", "dva-c03-d1"],
      ["dva-c02-d2", "dva-c03-d2"],
      ["dva-c02-d4", "dva-c03-d4"],
    ]);
    expect(apart).toEqual([{ id: "dva-c02-d3", title: "Deployment", code: "DVA-C02" }]);
  });

  it("has nothing to map for an exam with one version", () => {
    expect(versionMapping(architect, architect.versions[0]!)).toEqual({ mapped: [], apart: [] });
  });

  it("finds a domain's version", () => {
    expect(findDomain(developer, "dva-c02-d3")?.version.exam.code).toBe("DVA-C02");
    expect(findDomain(developer, "nope")).toBeNull();
  });
});
