import { z } from "zod";

/**
 * The colour theme (ADR 032): an explicit light or dark choice, or "system" (the default), which
 * follows the device. Kept in a cookie, not the database: a per-browser display preference that
 * signed-out visitors have too, and that the root layout reads on the server to render the first
 * paint in the right theme.
 */
export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_COOKIE = "theme";
export const THEME_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export const THEME_LABELS: Record<Theme, string> = { light: "Light", dark: "Dark", system: "System" };

export const themeSchema = z.object({ theme: z.enum(THEMES, { error: "Choose Light, Dark or System." }) });

/** The theme a cookie value stands for: anything unknown (or no cookie) is "system". */
export function parseTheme(value: string | undefined): Theme {
  return (THEMES as readonly string[]).includes(value ?? "") ? (value as Theme) : "system";
}

/** The browser UI colour (`<meta name="theme-color">`) per scheme: the header's colour in each. */
export const THEME_COLORS = { light: "#ffffff", dark: "#171c26" } as const;
