"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False in the server HTML and during hydration, true once React handles events. Interactive
 * widgets put it on their root as `data-hydrated`, which the e2e tests wait for before clicking
 * or pressing keys (waitForHydration in tests/e2e/helpers.ts).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
