import { getEnv, type Env } from "@/lib/env";

/** The OAuth providers whose client id and secret are both set. */
export function configuredOAuthProviders(env: Env = getEnv()): { id: "github" | "google"; name: string }[] {
  const list: { id: "github" | "google"; name: string }[] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) list.push({ id: "github", name: "GitHub" });
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) list.push({ id: "google", name: "Google" });
  return list;
}
