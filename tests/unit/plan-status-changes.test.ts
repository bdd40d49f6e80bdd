import { describe, expect, it } from "vitest";

import {
  checklistState,
  withNote,
  withStatus,
  type TrackedChange,
} from "@/app/(app)/plan/[cert]/_components/status-changes";

let nextId = 0;
function change(
  itemId: string,
  status: TrackedChange["status"],
  state: TrackedChange["state"],
  message?: string,
): TrackedChange {
  nextId += 1;
  return { id: nextId, itemId, status, state, ...(message ? { message } : {}) };
}

describe("withStatus / withNote", () => {
  it("sets one item and stores to do and blank notes as absence, without touching the input", () => {
    const statuses = { a: "done" as const };
    expect(withStatus(statuses, "b", "in_progress")).toEqual({ a: "done", b: "in_progress" });
    expect(withStatus(statuses, "a", "todo")).toEqual({});
    expect(statuses).toEqual({ a: "done" });
    expect(withNote({ a: "x" }, "a", "  \n ")).toEqual({});
    expect(withNote({}, "a", "page 12")).toEqual({ a: "page 12" });
  });
});

describe("checklistState: the optimistic check-off", () => {
  it("shows the server's statuses when nothing is on its way, as the same object", () => {
    const confirmed = { a: "done" as const };
    const state = checklistState(confirmed, []);
    expect(state.statuses).toBe(confirmed);
    expect(state.failures).toEqual([]);
  });

  it("shows a change while it is on its way", () => {
    expect(checklistState({}, [change("a", "done", "pending")]).statuses).toEqual({ a: "done" });
    expect(checklistState({ a: "done" }, [change("a", "todo", "pending")]).statuses).toEqual({});
  });

  it("shows what the server confirmed once a change is saved", () => {
    // The save wrote "done" into the confirmed statuses before settling.
    expect(checklistState({ a: "done" }, [change("a", "done", "saved")]).statuses).toEqual({ a: "done" });
  });

  it("rolls a failed change back to the last confirmed state and lists it", () => {
    const state = checklistState({ a: "in_progress" }, [change("a", "done", "failed", "Database down.")]);
    expect(state.statuses).toEqual({ a: "in_progress" });
    expect(state.failures).toEqual([{ itemId: "a", status: "done", message: "Database down." }]);
  });

  it("ends in the last-clicked state after fast repeated clicks", () => {
    const clicks = [
      change("a", "done", "pending"),
      change("a", "todo", "pending"),
      change("a", "done", "pending"),
      change("a", "todo", "pending"),
      change("a", "done", "pending"),
    ];
    expect(checklistState({}, clicks).statuses).toEqual({ a: "done" });
    // The same clicks, in any order in the cache: the order they were made decides.
    expect(checklistState({}, [...clicks].reverse()).statuses).toEqual({ a: "done" });
  });

  it("does not let an older click's failure undo a newer one", () => {
    const failed = change("a", "done", "failed", "Server error.");
    const newer = change("a", "todo", "pending");
    const newest = change("a", "done", "pending");
    // While the newer clicks are on their way, the failure is neither shown nor listed.
    expect(checklistState({}, [failed, newer, newest])).toEqual({ statuses: { a: "done" }, failures: [] });
    // Once they are saved, the server holds the last click.
    const saved = [failed, { ...newer, state: "saved" as const }, { ...newest, state: "saved" as const }];
    expect(checklistState({ a: "done" }, saved)).toEqual({ statuses: { a: "done" }, failures: [] });
  });

  it("lists a failure again when the newest change fails, with the newest change's status", () => {
    const state = checklistState({}, [change("a", "done", "saved"), change("a", "skipped", "failed", "No.")]);
    expect(state.statuses).toEqual({});
    expect(state.failures).toEqual([{ itemId: "a", status: "skipped", message: "No." }]);
  });

  it("keeps items apart and lists failures in the order the changes were made", () => {
    const state = checklistState({ c: "done" }, [
      change("b", "done", "failed", "B failed."),
      change("a", "in_progress", "pending"),
      change("c", "todo", "failed", "C failed."),
    ]);
    expect(state.statuses).toEqual({ a: "in_progress", c: "done" });
    expect(state.failures.map((f) => f.itemId)).toEqual(["b", "c"]);
  });
});
