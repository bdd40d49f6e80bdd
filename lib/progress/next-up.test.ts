import { describe, expect, it } from "vitest";
import { nextUp } from "./next-up";
import { makeItem, statusMap } from "./test-fixtures";

const path = ["a", "b", "c", "d", "e", "f"].map((id) => makeItem(id));
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("nextUp", () => {
  it("returns the first three open items in path order by default", () => {
    expect(ids(nextUp(path, new Map()))).toEqual(["a", "b", "c"]);
  });

  it("skips done and skipped items but keeps in-progress ones in their place", () => {
    const statuses = statusMap({ a: "done", b: "skipped", c: "todo", d: "in_progress", e: "done" });
    expect(ids(nextUp(path, statuses))).toEqual(["c", "d", "f"]);
  });

  it("does not move an in-progress item to the front", () => {
    expect(ids(nextUp(path, statusMap({ f: "in_progress" }), 2))).toEqual(["a", "b"]);
  });

  it("returns fewer when fewer are open, and [] when all are finished", () => {
    const statuses = statusMap({ a: "done", b: "done", c: "done", d: "skipped", e: "done" });
    expect(ids(nextUp(path, statuses, 3))).toEqual(["f"]);
    expect(
      nextUp(path, statusMap({ ...Object.fromEntries(path.map((i) => [i.id, "done" as const])) })),
    ).toEqual([]);
  });

  it("honours n and handles n ≤ 0 and empty input", () => {
    expect(ids(nextUp(path, new Map(), 5))).toEqual(["a", "b", "c", "d", "e"]);
    expect(nextUp(path, new Map(), 0)).toEqual([]);
    expect(nextUp(path, new Map(), -2)).toEqual([]);
    expect(nextUp([], new Map())).toEqual([]);
  });

  it("lists an item repeated in the path only once", () => {
    expect(ids(nextUp([makeItem("a"), makeItem("a"), makeItem("b")], new Map()))).toEqual(["a", "b"]);
  });
});
