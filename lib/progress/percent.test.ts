import { describe, expect, it } from "vitest";
import { itemsOfStep, stepProgress } from "./percent";
import { displayPercent } from "./status";
import { makeItem, statusMap } from "./test-fixtures";

const many = (n: number, prefix = "i") => Array.from({ length: n }, (_, k) => makeItem(`${prefix}${k}`));

describe("stepProgress", () => {
  it("is all zeros for no items (nothing enrolled)", () => {
    expect(stepProgress([], new Map())).toEqual({
      total: 0,
      done: 0,
      skipped: 0,
      inProgress: 0,
      counted: 0,
      percent: 0,
    });
  });

  it("treats missing statuses as todo", () => {
    const p = stepProgress(many(4), new Map());
    expect(p).toMatchObject({ total: 4, done: 0, counted: 4, percent: 0 });
  });

  it("counts each status and takes the percent over total − skipped", () => {
    const items = many(5);
    const p = stepProgress(items, statusMap({ i0: "done", i1: "skipped", i2: "in_progress", i3: "done" }));
    expect(p).toEqual({ total: 5, done: 2, skipped: 1, inProgress: 1, counted: 4, percent: 50 });
  });

  it("gives percent 0 and counted 0 when everything is skipped", () => {
    const p = stepProgress(many(3), statusMap({ i0: "skipped", i1: "skipped", i2: "skipped" }));
    expect(p).toMatchObject({ total: 3, skipped: 3, counted: 0, percent: 0 });
  });

  it("is 100 when all counted items are done, skipped ones aside", () => {
    const p = stepProgress(many(3), statusMap({ i0: "done", i1: "skipped", i2: "done" }));
    expect(p).toMatchObject({ counted: 2, done: 2, percent: 100 });
  });

  it("rounds to nearest: 1/3 → 33, 2/3 → 67, 1/8 → 13", () => {
    expect(stepProgress(many(3), statusMap({ i0: "done" })).percent).toBe(33);
    expect(stepProgress(many(3), statusMap({ i0: "done", i1: "done" })).percent).toBe(67);
    expect(stepProgress(many(8), statusMap({ i0: "done" })).percent).toBe(13);
  });

  it("never shows 100 while something counted is left (199/200 → 99)", () => {
    const items = many(200);
    const statuses = new Map(items.slice(0, 199).map((i) => [i.id, "done" as const]));
    expect(stepProgress(items, statuses).percent).toBe(99);
  });

  it("never shows 0 once something is done (1/500 → 1)", () => {
    expect(stepProgress(many(500), statusMap({ i0: "done" })).percent).toBe(1);
  });

  it("ignores statuses of items not in the set, and counts a repeated id once", () => {
    const items = [makeItem("a"), makeItem("b"), makeItem("a")];
    const p = stepProgress(items, statusMap({ a: "done", zzz: "done" }));
    expect(p).toMatchObject({ total: 2, done: 1, percent: 50 });
  });
});

describe("item filters", () => {
  it("itemsOfStep keeps the step's items in order and excludes tips", () => {
    const items = [
      makeItem("a", { section: { kind: "step", step: "associate" } }),
      makeItem("b", { section: { kind: "tip", group: "debugging" } }),
      makeItem("c", { section: { kind: "step", step: "fundamentals" } }),
      makeItem("d", { section: { kind: "step", step: "associate" } }),
    ];
    expect(itemsOfStep(items, "associate").map((i) => i.id)).toEqual(["a", "d"]);
  });
});

describe("displayPercent", () => {
  it("clamps and handles edge input", () => {
    expect(displayPercent(0)).toBe(0);
    expect(displayPercent(-1)).toBe(0);
    expect(displayPercent(Number.NaN)).toBe(0);
    expect(displayPercent(1)).toBe(100);
    expect(displayPercent(2)).toBe(100);
    expect(displayPercent(0.999)).toBe(99);
    expect(displayPercent(0.001)).toBe(1);
    expect(displayPercent(0.125)).toBe(13);
    expect(displayPercent(1, 3)).toBe(33);
    expect(displayPercent(32.5, 100)).toBe(33);
    expect(displayPercent(0, 0)).toBe(0);
    expect(displayPercent(5, 0)).toBe(0);
  });
});
