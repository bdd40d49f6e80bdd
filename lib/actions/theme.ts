"use server";

import { cookies } from "next/headers";

import { secureCookies } from "@/lib/auth/session-token";
import { THEME_COOKIE, THEME_COOKIE_MAX_AGE, themeSchema } from "@/lib/theme";

import { publicSubmitAction } from "./safe-action";

/**
 * Light / Dark / System, from the header's form (works without JavaScript). A display preference
 * of this browser, so a cookie and no session needed (ADR 032). The page re-renders with it.
 */
export const setTheme = publicSubmitAction(themeSchema, async ({ theme }) => {
  (await cookies()).set(THEME_COOKIE, theme, {
    maxAge: THEME_COOKIE_MAX_AGE,
    sameSite: "lax",
    path: "/",
    httpOnly: true,
    secure: secureCookies(),
  });
});
