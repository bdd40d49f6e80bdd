import { QueryClient, isServer } from "@tanstack/react-query";

/** Data read on the server counts as fresh for a minute, so hydration does not trigger refetches. */
const STALE_TIME_MS = 60_000;

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: STALE_TIME_MS },
      // Server actions are not idempotent from the client's point of view (a retry
      // could land after a newer click); the UI offers an explicit "Retry" instead.
      mutations: { retry: false },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

/**
 * The query client: a new one for every server render (so no user's data can leak
 * into another request), one for the whole browser session otherwise (so the cache
 * survives client-side navigation).
 */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
