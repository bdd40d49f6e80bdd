"use client";

import {
  skipToken,
  useMutation,
  useMutationState,
  useQuery,
  useQueryClient,
  type QueryClient,
} from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";

import { saveNote, setItemStatus } from "@/lib/actions/plan";
import type { ItemStatus } from "@/lib/curriculum/types";

import { statusIn, type NoteRecord, type StatusRecord } from "./plan-types";

export const STATUSES_KEY = ["plan", "statuses"] as const;
export const NOTES_KEY = ["plan", "notes"] as const;
const STATUS_MUTATION_KEY = ["plan", "set-status"] as const;
const NOTE_MUTATION_KEY = ["plan", "save-note"] as const;

/** A failed action: `message` is safe to show (from the action, or our own wording). */
class SaveError extends Error {
  override name = "SaveError";
}

const UNREACHABLE =
  "We couldn't reach the server, so nothing was saved. Check your connection and try again.";

function messageOf(error: unknown): string {
  return error instanceof SaveError ? error.message : UNREACHABLE;
}

/**
 * Per query client (so per browser session, or per server render): whose data the
 * cache holds and which server snapshots it has already taken in.
 */
const cacheState = new WeakMap<QueryClient, { ownerId: string | null; applied: Set<string> }>();

function stateOf(queryClient: QueryClient) {
  let state = cacheState.get(queryClient);
  if (!state) {
    state = { ownerId: null, applied: new Set() };
    cacheState.set(queryClient, state);
  }
  return state;
}

/**
 * The plan's statuses and notes, seeded from the server render.
 *
 * The browser's query client outlives a page (and a sign-out: that is a client-side
 * navigation), so: another user's cache is dropped before it can be shown, and each
 * new server snapshot (a navigation, a refresh, another tab's changes) replaces the
 * cache once, unless one of our own saves is still on its way. A snapshot already
 * taken in (Back restores an old one from the router cache) is never applied again.
 */
export function usePlanCache({
  ownerId,
  snapshotId,
  statuses,
  notes,
}: {
  ownerId: string;
  snapshotId: string;
  statuses: StatusRecord;
  notes: NoteRecord;
}) {
  const queryClient = useQueryClient();
  useState(() => {
    // Before the queries below subscribe, so a previous user's data never renders.
    const state = stateOf(queryClient);
    if (state.ownerId !== ownerId) {
      queryClient.removeQueries({ queryKey: ["plan"] });
      const mutations = queryClient.getMutationCache();
      for (const mutation of mutations.findAll({ mutationKey: ["plan"] })) mutations.remove(mutation);
      state.ownerId = ownerId;
      state.applied.clear();
    }
    return null;
  });

  // No queryFn: the server render is the only source; saves update the cache directly.
  const statusQuery = useQuery({
    queryKey: STATUSES_KEY,
    queryFn: skipToken,
    initialData: statuses,
    staleTime: Infinity,
  });
  const noteQuery = useQuery({
    queryKey: NOTES_KEY,
    queryFn: skipToken,
    initialData: notes,
    staleTime: Infinity,
  });

  useEffect(() => {
    const state = stateOf(queryClient);
    if (state.applied.has(snapshotId)) return;
    state.applied.add(snapshotId);
    if (queryClient.isMutating({ mutationKey: STATUS_MUTATION_KEY }) === 0) {
      queryClient.setQueryData<StatusRecord>(STATUSES_KEY, statuses);
    }
    if (queryClient.isMutating({ mutationKey: NOTE_MUTATION_KEY }) === 0) {
      queryClient.setQueryData<NoteRecord>(NOTES_KEY, notes);
    }
  }, [queryClient, snapshotId, statuses, notes]);

  // With skipToken the types allow no data; initialData means there always is some.
  return { statuses: statusQuery.data ?? statuses, notes: noteQuery.data ?? notes };
}

function withStatus(statuses: StatusRecord | undefined, itemId: string, status: ItemStatus): StatusRecord {
  const next: Record<string, ItemStatus> = { ...statuses };
  if (status === "todo") delete next[itemId];
  else next[itemId] = status;
  return next;
}

export interface StatusChange {
  itemId: string;
  status: ItemStatus;
}

export interface StatusFailure extends StatusChange {
  message: string;
}

interface ItemTracker {
  /** Number of the newest change started for the item. */
  latest: number;
  /** Changes started and not yet settled. */
  pending: number;
  /** What the server holds once every settled change is counted. */
  confirmed: ItemStatus;
}

/**
 * Optimistic status changes. Server actions run one at a time in call order, so
 * after fast repeated clicks the server ends in the last-clicked state; the cache
 * must too. A failure therefore rolls an item back only when it was the newest
 * change for that item, and then to the last state the server confirmed.
 */
export function useStatusMutation() {
  const queryClient = useQueryClient();
  const trackers = useRef(new Map<string, ItemTracker>());
  const [failures, setFailures] = useState<ReadonlyMap<string, StatusFailure>>(new Map());

  const forget = useCallback((itemId: string) => {
    setFailures((current) => {
      if (!current.has(itemId)) return current;
      const next = new Map(current);
      next.delete(itemId);
      return next;
    });
  }, []);

  const mutation = useMutation({
    mutationKey: STATUS_MUTATION_KEY,
    mutationFn: async (change: StatusChange) => {
      const result = await setItemStatus(change);
      if (!result.ok) throw new SaveError(result.message);
      return result.data;
    },
    onMutate: async ({ itemId, status }) => {
      await queryClient.cancelQueries({ queryKey: STATUSES_KEY });
      const snapshot = queryClient.getQueryData<StatusRecord>(STATUSES_KEY) ?? {};
      const tracker = trackers.current.get(itemId) ?? { latest: 0, pending: 0, confirmed: "todo" };
      if (tracker.pending === 0) tracker.confirmed = statusIn(snapshot, itemId);
      tracker.latest += 1;
      tracker.pending += 1;
      trackers.current.set(itemId, tracker);
      queryClient.setQueryData<StatusRecord>(STATUSES_KEY, (old) => withStatus(old, itemId, status));
      forget(itemId);
      return { seq: tracker.latest };
    },
    onSuccess: (_data, { itemId, status }) => {
      const tracker = trackers.current.get(itemId);
      if (tracker) tracker.confirmed = status;
    },
    onError: (error, change, context) => {
      const tracker = trackers.current.get(change.itemId);
      // A newer change for this item is on its way; it decides the final state.
      if (!tracker || !context || context.seq !== tracker.latest) return;
      queryClient.setQueryData<StatusRecord>(STATUSES_KEY, (old) =>
        withStatus(old, change.itemId, tracker.confirmed),
      );
      setFailures((current) => new Map(current).set(change.itemId, { ...change, message: messageOf(error) }));
    },
    onSettled: (_data, _error, { itemId }) => {
      const tracker = trackers.current.get(itemId);
      if (tracker) tracker.pending -= 1;
    },
  });

  const { mutate } = mutation;
  const setStatus = useCallback((change: StatusChange) => mutate(change), [mutate]);
  return { setStatus, failures, dismissFailure: forget };
}

export type NoteSaveState =
  { status: "idle" } | { status: "saving" } | { status: "saved" } | { status: "error"; message: string };

/**
 * Saves one item's note. The save state lives in the mutation cache, not in the
 * component, so closing the details mid-save and reopening them still shows how
 * the last save went. Only the newest save counts: server actions run in order,
 * so it is also the one the server ends with.
 */
export function useNoteMutation(itemId: string) {
  const queryClient = useQueryClient();
  const mutationKey = [...NOTE_MUTATION_KEY, itemId];

  const { mutate } = useMutation({
    mutationKey,
    mutationFn: async ({ body }: { body: string }) => {
      const result = await saveNote({ itemId, body });
      if (!result.ok) throw new SaveError(result.message);
      return result.data;
    },
    onMutate: async ({ body }) => {
      await queryClient.cancelQueries({ queryKey: NOTES_KEY });
      // Optimistic, and kept on failure: the text is the user's, the status says it isn't saved.
      queryClient.setQueryData<NoteRecord>(NOTES_KEY, (old) => withNote(old, itemId, body));
    },
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

function withNote(notes: NoteRecord | undefined, itemId: string, body: string): NoteRecord {
  const next: Record<string, string> = { ...notes };
  if (body.trim() === "") delete next[itemId];
  else next[itemId] = body;
  return next;
}
