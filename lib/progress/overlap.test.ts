import { describe, expect, it } from "vitest";
import { overlap } from "./overlap";
import { makeItem, statusMap } from "./test-fixtures";

const items = [
  makeItem("arch", { certs: ["architect"] }),
  makeItem("dev", { certs: ["developer"] }),
  makeItem("s1", { certs: ["architect", "developer"] }),
  makeItem("s2", { certs: ["developer", "architect"] }),
  makeItem("s3", { certs: ["architect", "developer"] }),
];

describe("overlap", () => {
  it("counts items shared by both exams and how many are done", () => {
    expect(overlap(items, statusMap({ s1: "done", arch: "done", dev: "done", s3: "skipped" }))).toEqual({
      sharedDone: 1,
      sharedTotal: 3,
      sharedSkipped: 1,
    });
  });

  it("is zero when there are no items or no shared ones", () => {
    expect(overlap([], new Map())).toEqual({ sharedDone: 0, sharedTotal: 0, sharedSkipped: 0 });
    expect(overlap(items.slice(0, 2), statusMap({ arch: "done" }))).toEqual({
      sharedDone: 0,
      sharedTotal: 0,
      sharedSkipped: 0,
    });
  });

  it("counts a repeated shared item once", () => {
    const s = makeItem("s", { certs: ["architect", "developer"] });
    expect(overlap([s, s], statusMap({ s: "done" }))).toEqual({
      sharedDone: 1,
      sharedTotal: 1,
      sharedSkipped: 0,
    });
  });
});
