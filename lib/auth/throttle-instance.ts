import "server-only";

import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";

import { SignInThrottle } from "./throttle";

let instance: SignInThrottle | undefined;

/** The app's sign-in throttle on the app's database. */
export function signInThrottle(): SignInThrottle {
  instance ??= new SignInThrottle(db, { relaxed: getEnv().AUTH_THROTTLE_RELAXED_FOR_TESTS === "1" });
  return instance;
}
