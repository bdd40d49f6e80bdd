import { describe, expect, it } from "vitest";

import { makeItem, statusMap } from "../progress/test-fixtures";

import { drillList } from "./drill";

const items = [
  makeItem("a", { domains: ["d1"] }),
  makeItem("b", { domains: ["d1", "d2"] }),
  makeItem("c", { domains: ["d2"] }),
  makeItem("d", { domains: ["d1"] }),
  makeItem("e", { domains: ["d1"] }),
];

describe("drillList", () => {
  it("lists a weak domain's items that are not done, in plan order", () => {
    const [d1] = drillList(
      [{ id: "d1", title: "Domain 1", lastWeakOn: null }],
      items,
      statusMap({ a: "in_progress", d: "skipped", e: "done" }),
      new Map([["e", "2026-12-01"]]),
    );
    expect(d1).toEqual({
      id: "d1",
      title: "Domain 1",
      lastWeakOn: null,
      items: [
        { id: "a", title: "Item a", reason: { kind: "not-done", status: "in_progress" } },
        { id: "b", title: "Item b", reason: { kind: "not-done", status: "todo" } },
        { id: "d", title: "Item d", reason: { kind: "not-done", status: "skipped" } },
      ],
      more: 0,
    });
  });

  it("adds items done before the last weak result, not those done on or after that day", () => {
    const [d1] = drillList(
      [{ id: "d1", title: "Domain 1", lastWeakOn: "2026-12-05" }],
      items,
      statusMap({ a: "done", b: "done", d: "done", e: "done" }),
      new Map([
        ["a", "2026-12-04"],
        ["b", "2026-12-05"],
        ["d", "2026-12-06"],
        ["e", "2026-11-01"],
      ]),
    );
    expect(d1?.items).toEqual([
      {
        id: "a",
        title: "Item a",
        reason: { kind: "done-before", doneOn: "2026-12-04", weakOn: "2026-12-05" },
      },
      {
        id: "e",
        title: "Item e",
        reason: { kind: "done-before", doneOn: "2026-11-01", weakOn: "2026-12-05" },
      },
    ]);
  });

  it("keeps one list per domain (an item in two weak domains is on both)", () => {
    const lists = drillList(
      [
        { id: "d1", title: "Domain 1", lastWeakOn: null },
        { id: "d2", title: "Domain 2", lastWeakOn: null },
      ],
      items,
      statusMap({ a: "done", d: "done", e: "done" }),
      new Map(),
    );
    expect(lists.map((l) => [l.id, l.items.map((i) => i.id)])).toEqual([
      ["d1", ["b"]],
      ["d2", ["b", "c"]],
    ]);
  });

  it("shows the first items and counts the rest", () => {
    const many = Array.from({ length: 11 }, (_, i) => makeItem(`m${i}`, { domains: ["d9"] }));
    const [list] = drillList([{ id: "d9", title: "Nine", lastWeakOn: null }], many, new Map(), new Map());
    expect(list?.items.map((i) => i.id)).toEqual(["m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7"]);
    expect(list?.more).toBe(3);
  });

  it("is empty without weak domains, and a domain with nothing to revisit has an empty list", () => {
    expect(drillList([], items, new Map(), new Map())).toEqual([]);
    const [d3] = drillList(
      [{ id: "d3", title: "Three", lastWeakOn: "2026-12-01" }],
      items,
      new Map(),
      new Map(),
    );
    expect(d3).toMatchObject({ items: [], more: 0 });
  });
});
