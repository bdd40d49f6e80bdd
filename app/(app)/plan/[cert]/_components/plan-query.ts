import { queryOptions } from "@tanstack/react-query";

import type { NoteRecord, StatusRecord } from "./plan-types";

/** What the plan's query holds: the signed-in user's statuses and notes (lib/data/plan.ts). */
export interface PlanData {
  statuses: StatusRecord;
  notes: NoteRecord;
}

/**
 * Every key of the plan's cache starts with ["plan", userId]: the browser's query client outlives
 * a page and a sign-out (a client-side navigation), and another user's data has another key.
 */
export const planKeys = {
  all: ["plan"] as const,
  data: (userId: string) => ["plan", userId, "data"] as const,
  setStatus: (userId: string) => ["plan", userId, "set-status"] as const,
  saveNote: (userId: string, itemId: string) => ["plan", userId, "save-note", itemId] as const,
};

/** Thrown by the browser's read when the server answers with an error (signed out, database down). */
class PlanReadError extends Error {
  override name = "PlanReadError";
}

async function fetchPlan(): Promise<PlanData> {
  const response = await fetch("/api/plan", { headers: { accept: "application/json" }, cache: "no-store" });
  if (!response.ok) throw new PlanReadError(`Reading the plan failed (${response.status}).`);
  const data: PlanData = await response.json();
  return data;
}

/**
 * The plan's statuses and notes. The page fetches them on the server into a fresh QueryClient
 * and hands them over with `<HydrationBoundary>`; the browser reads them again from
 * `GET /api/plan` only when they have gone stale (the client's staleTime, lib/query-client.ts)
 * and the page mounts again or the window regains focus.
 */
export function planQuery(userId: string) {
  return queryOptions({ queryKey: planKeys.data(userId), queryFn: fetchPlan });
}
