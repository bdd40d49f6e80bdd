import { describe, expect, it } from "vitest";
import { readiness } from "./readiness";
import { makeDomain, makeItem, statusMap } from "./test-fixtures";

describe("readiness", () => {
  const domains = [makeDomain("d1", 30), makeDomain("d2", 70)];
  const items = [
    makeItem("a", { domains: ["d1"] }),
    makeItem("b", { domains: ["d1"] }),
    makeItem("c", { domains: ["d2"] }),
    makeItem("d", { domains: ["d2"] }),
    makeItem("e", { domains: ["d2"] }),
    makeItem("f", { domains: ["d2"] }),
  ];

  it("weights each domain's done share (skipped stays in the denominator)", () => {
    const r = readiness(items, statusMap({ a: "done", b: "skipped", c: "done" }), domains);
    // 30 × 1/2 + 70 × 1/4 = 32.5 → 33
    expect(r.percent).toBe(33);
    expect(r.domains).toEqual([
      { id: "d1", title: "Domain d1", weight: 30, done: 1, total: 2, share: 0.5, percent: 50 },
      { id: "d2", title: "Domain d2", weight: 70, done: 1, total: 4, share: 0.25, percent: 25 },
    ]);
    expect(r.weakest?.id).toBe("d2");
  });

  it("does not count skipping as readiness", () => {
    const all = Object.fromEntries(items.map((i) => [i.id, "skipped" as const]));
    const r = readiness(items, statusMap(all), domains);
    expect(r.percent).toBe(0);
    expect(r.domains.map((d) => d.share)).toEqual([0, 0]);
  });

  it("is 100 only when every domain is complete", () => {
    const allDone = Object.fromEntries(items.map((i) => [i.id, "done" as const]));
    expect(readiness(items, statusMap(allDone), domains).percent).toBe(100);
    const almost = { ...allDone, f: "todo" as const };
    // 30 + 70 × 3/4 = 82.5 → 83
    expect(readiness(items, statusMap(almost), domains).percent).toBe(83);
  });

  it("gives a domain with no items share 0 (it contributes nothing)", () => {
    const r = readiness([makeItem("a", { domains: ["d1"] })], statusMap({ a: "done" }), [
      makeDomain("d1", 60),
      makeDomain("empty", 40),
    ]);
    expect(r.percent).toBe(60);
    expect(r.domains[1]).toMatchObject({ id: "empty", total: 0, done: 0, share: 0, percent: 0 });
    expect(r.weakest?.id).toBe("empty");
  });

  it("counts an item in every domain it covers and ignores other exams' domains", () => {
    const r = readiness(
      [makeItem("x", { domains: ["d1", "d2", "dva-d1"] }), makeItem("y", { domains: ["dva-d1"] })],
      statusMap({ x: "done" }),
      domains,
    );
    expect(r.domains.map((d) => [d.done, d.total])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(r.percent).toBe(100);
  });

  it("breaks weakest ties by higher weight, then by order", () => {
    const ds = [makeDomain("light", 10), makeDomain("heavy", 50), makeDomain("heavy2", 50)];
    const r = readiness(
      [
        makeItem("a", { domains: ["light"] }),
        makeItem("b", { domains: ["heavy"] }),
        makeItem("c", { domains: ["heavy2"] }),
      ],
      new Map(),
      ds,
    );
    expect(r.weakest?.id).toBe("heavy");
  });

  it("prefers the lowest share over weight", () => {
    const r = readiness(
      [
        makeItem("a", { domains: ["d1"] }),
        makeItem("b", { domains: ["d1"] }),
        makeItem("c", { domains: ["d2"] }),
        makeItem("e", { domains: ["d2"] }),
      ],
      statusMap({ c: "done", e: "done", a: "done" }),
      domains,
    );
    expect(r.weakest?.id).toBe("d1");
  });

  it("returns percent 0 and weakest null with no domains", () => {
    expect(readiness(items, new Map(), [])).toEqual({ percent: 0, domains: [], weakest: null });
  });

  it("handles no items at all", () => {
    const r = readiness([], new Map(), domains);
    expect(r.percent).toBe(0);
    expect(r.weakest?.id).toBe("d2");
  });

  it("normalises when weights don't sum to 100", () => {
    const r = readiness(
      [makeItem("a", { domains: ["d1"] }), makeItem("b", { domains: ["d2"] })],
      statusMap({ a: "done" }),
      [makeDomain("d1", 1), makeDomain("d2", 1)],
    );
    expect(r.percent).toBe(50);
  });
});
