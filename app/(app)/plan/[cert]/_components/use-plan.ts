"use client";

import {
  useMutation,
  useMutationState,
  useQueryClient,
  useSuspenseQuery,
  type Mutation,
  type QueryClient,
} from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useReducer } from "react";

import { saveNote, setItemStatus } from "@/lib/actions/plan";
import { ITEM_STATUSES } from "@/lib/curriculum/types";

import { planKeys, planQuery, type PlanData } from "./plan-query";
import {
  checklistState,
  withNote,
  withStatus,
  type StatusChange,
  type TrackedChange,
} from "./status-changes";

/** A failed action: `message` is safe to show (from the action, or our own wording). */
class SaveError extends Error {
  override name = "SaveError";
}

const UNREACHABLE =
  "We couldn't reach the server, so nothing was saved. Check your connection and try again.";

function messageOf(error: unknown): string {
  return error instanceof SaveError ? error.message : UNREACHABLE;
}

function isStatusChange(value: unknown): value is StatusChange {
  if (typeof value !== "object" || value === null) return false;
  const { itemId, status } = value as Partial<Record<keyof StatusChange, unknown>>;
  return typeof itemId === "string" && ITEM_STATUSES.some((s) => s === status);
}

function tracked(mutation: Mutation<unknown, Error, unknown, unknown>): TrackedChange | null {
  const { variables, status, error } = mutation.state;
  if (!isStatusChange(variables)) return null;
  const { itemId, status: to } = variables;
  if (status === "error")
    return { id: mutation.mutationId, itemId, status: to, state: "failed", message: messageOf(error) };
  return { id: mutation.mutationId, itemId, status: to, state: status === "success" ? "saved" : "pending" };
}

/** The status changes of one item that have settled (saved or failed). */
function settledChanges(queryClient: QueryClient, userId: string, itemId: string) {
  return queryClient.getMutationCache().findAll({
    mutationKey: planKeys.setStatus(userId),
    predicate: (m) =>
      m.state.status !== "pending" &&
      isStatusChange(m.state.variables) &&
      m.state.variables.itemId === itemId,
  });
}

/**
 * A read that started while a save was on its way may answer with the state from before it, and
 * land after the save has been written to the cache: read again once the save has settled.
 */
function rereadIfReading(queryClient: QueryClient, userId: string) {
  if (queryClient.isFetching({ queryKey: planKeys.data(userId) }) > 0) {
    void queryClient.invalidateQueries({ queryKey: planKeys.data(userId) });
  }
}

/**
 * The plan's data for the signed-in user and the status changes made on it. The statuses shown
 * are `checklistState` of what the server confirmed and the changes in React Query's mutation
 * cache, so a change still on its way survives leaving the page and coming back.
 */
export function usePlan(userId: string) {
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(planQuery(userId));

  // The browser's client outlives a sign-out: drop whatever another user left in it.
  useEffect(() => {
    const otherUser = (key: readonly unknown[] | undefined) => key?.[0] === "plan" && key[1] !== userId;
    queryClient.removeQueries({ predicate: (query) => otherUser(query.queryKey) });
    const mutations = queryClient.getMutationCache();
    for (const mutation of mutations.findAll({ predicate: (m) => otherUser(m.options.mutationKey) })) {
      mutations.remove(mutation);
    }
  }, [queryClient, userId]);

  const changes = useMutationState({
    filters: { mutationKey: planKeys.setStatus(userId) },
    select: tracked,
  });

  const { mutate } = useMutation({
    mutationKey: planKeys.setStatus(userId),
    // Failed changes stay listed until dismissed or superseded (pruned below, so this stays small).
    gcTime: Infinity,
    mutationFn: async (change: StatusChange) => {
      const result = await setItemStatus(change);
      if (!result.ok) throw new SaveError(result.message);
      return result.data;
    },
    onMutate: async ({ itemId }) => {
      // A newer click supersedes the item's settled changes; an older read must not land after it.
      const mutations = queryClient.getMutationCache();
      for (const settled of settledChanges(queryClient, userId, itemId)) mutations.remove(settled);
      await queryClient.cancelQueries({ queryKey: planKeys.data(userId) });
    },
    onSuccess: (_data, { itemId, status }) => {
      queryClient.setQueryData<PlanData>(planKeys.data(userId), (old) =>
        old ? { ...old, statuses: withStatus(old.statuses, itemId, status) } : old,
      );
    },
    onSettled: () => rereadIfReading(queryClient, userId),
  });

  // React Query tells its subscribers about a new mutation after a setTimeout(0), but the mutation
  // cache holds the change as soon as mutate() returns. A controlled checkbox must show a click's
  // result before the browser handles the next click (fast repeated clicks), so render now: the
  // render reads the cache through useMutationState.
  const [, renderNow] = useReducer((n: number) => n + 1, 0);
  const setStatus = useCallback(
    (change: StatusChange) => {
      mutate(change);
      renderNow();
    },
    [mutate],
  );

  const dismissFailure = useCallback(
    (itemId: string) => {
      const mutations = queryClient.getMutationCache();
      for (const settled of settledChanges(queryClient, userId, itemId)) mutations.remove(settled);
    },
    [queryClient, userId],
  );

  const { statuses, failures } = useMemo(
    () =>
      checklistState(
        data.statuses,
        changes.filter((change) => change !== null),
      ),
    [data.statuses, changes],
  );
  return { statuses, notes: data.notes, failures, setStatus, dismissFailure };
}

export type NoteSaveState =
  { status: "idle" } | { status: "saving" } | { status: "saved" } | { status: "error"; message: string };

/**
 * Saves one item's note. The save state lives in the mutation cache, not in the component, so
 * closing the details mid-save and reopening them still shows how the last save went. Only the
 * newest save counts: server actions run in order, so it is also the one the server ends with.
 */
export function useNoteMutation(userId: string, itemId: string) {
  const queryClient = useQueryClient();
  const mutationKey = planKeys.saveNote(userId, itemId);

  const { mutate } = useMutation({
    mutationKey,
    mutationFn: async ({ body }: { body: string }) => {
      const result = await saveNote({ itemId, body });
      if (!result.ok) throw new SaveError(result.message);
      return result.data;
    },
    onMutate: async ({ body }) => {
      await queryClient.cancelQueries({ queryKey: planKeys.data(userId) });
      // Optimistic, and kept on failure: the text is the user's, the status says it isn't saved.
      queryClient.setQueryData<PlanData>(planKeys.data(userId), (old) =>
        old ? { ...old, notes: withNote(old.notes, itemId, body) } : old,
      );
    },
    onSettled: () => rereadIfReading(queryClient, userId),
  });

  const states = useMutationState({
    filters: { mutationKey, exact: true },
    select: (mutation): NoteSaveState => {
      const { status, error } = mutation.state;
      if (status === "pending") return { status: "saving" };
      if (status === "error") return { status: "error", message: messageOf(error) };
      if (status === "success") return { status: "saved" };
      return { status: "idle" };
    },
  });

  const save = useCallback((body: string) => mutate({ body }), [mutate]);
  return { save, state: states.at(-1) ?? { status: "idle" } };
}
