import { queryOptions } from "@tanstack/react-query";

import { detailsPath, type PlanDetails } from "@/lib/plan/details";

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

/**
 * The details of a version's items (ADR 038). Public curriculum, the same for everyone, so its key
 * does not start with a user (and survives the sign-out cleanup in use-plan.ts); it never changes
 * while the page is open, so it is read once and kept.
 */
export const detailsKeys = {
  version: (cert: string, code: string) => ["curriculum-details", cert, code] as const,
};

class DetailsReadError extends Error {
  override name = "DetailsReadError";
}

async function fetchDetails(cert: string, code: string): Promise<PlanDetails> {
  const response = await fetch(detailsPath(cert, code), { headers: { accept: "application/json" } });
  if (!response.ok) throw new DetailsReadError(`Reading the item details failed (${response.status}).`);
  const data: PlanDetails = await response.json();
  return data;
}

/**
 * Prefetched once the page is idle after hydration (plan-checklist.tsx), read by an open Details
 * panel and by the search. One quick retry, then the panel offers "Try again".
 */
export function detailsQuery(cert: string, code: string) {
  return queryOptions({
    queryKey: detailsKeys.version(cert, code),
    queryFn: () => fetchDetails(cert, code),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: 1,
  });
}
