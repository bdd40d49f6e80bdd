import { describe, expect, it } from "vitest";
import type { SkillArea } from "../curriculum/types";
import { levelToPercent, skillsCoverage } from "./skills";
import { makeItem, statusMap } from "./test-fixtures";

const areas: SkillArea[] = [
  { id: "networking", name: "Networking", levels: { architect: "very-high", developer: "medium" } },
  { id: "programming", name: "Programming", levels: { architect: "low", developer: "very-high" } },
  { id: "api-development", name: "API development", levels: { architect: "medium", developer: "high" } },
];

describe("skillsCoverage", () => {
  it("counts tagged items per skill, in skill-area order, with the exams' levels", () => {
    const items = [
      makeItem("vpc", { skills: ["networking"] }),
      makeItem("dns", { skills: ["networking", "networking"] }),
      makeItem("lambda", { skills: ["programming", "api-development"] }),
      makeItem("sdk", { skills: ["programming"] }),
      makeItem("vpc", { skills: ["networking"] }), // repeated id
    ];
    const rows = skillsCoverage(items, statusMap({ vpc: "done", lambda: "done", sdk: "skipped" }), areas);
    expect(rows).toEqual([
      {
        id: "networking",
        name: "Networking",
        done: 1,
        total: 2,
        percent: 50,
        levels: { architect: "very-high", developer: "medium" },
      },
      {
        id: "programming",
        name: "Programming",
        done: 1,
        total: 2,
        percent: 50,
        levels: { architect: "low", developer: "very-high" },
      },
      {
        id: "api-development",
        name: "API development",
        done: 1,
        total: 1,
        percent: 100,
        levels: { architect: "medium", developer: "high" },
      },
    ]);
  });

  it("gives 0 for a skill with no items, and handles no items at all", () => {
    const rows = skillsCoverage([], new Map(), areas);
    expect(rows.map((r) => [r.done, r.total, r.percent])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(skillsCoverage([], new Map(), [])).toEqual([]);
  });

  it("keeps skipped items in the denominator and rounds like the other percentages", () => {
    const items = ["a", "b", "c"].map((id) => makeItem(id, { skills: ["networking"] }));
    const [row] = skillsCoverage(items, statusMap({ a: "done", b: "skipped", c: "skipped" }), areas);
    expect(row).toMatchObject({ done: 1, total: 3, percent: 33 });
  });

  it("returns a copy of the levels, not the curriculum's object", () => {
    const first = areas[0];
    if (!first) throw new Error("fixture");
    const [row] = skillsCoverage([], new Map(), [first]);
    expect(row?.levels).not.toBe(first.levels);
  });
});

describe("levelToPercent", () => {
  it("maps levels to bar lengths", () => {
    expect(levelToPercent("low")).toBe(25);
    expect(levelToPercent("medium")).toBe(50);
    expect(levelToPercent("high")).toBe(75);
    expect(levelToPercent("very-high")).toBe(100);
  });
});
