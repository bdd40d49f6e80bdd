import "server-only";

import { db } from "@/lib/db";

/** `cause` is for the server log only: the public answer says up or down, nothing more. */
export type HealthResult = { up: true; latencyMs: number } | { up: false; cause: string };

const TIMEOUT_MS = 3_000;

export async function checkDatabase(): Promise<HealthResult> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    return { up: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // Prisma's messages start with an empty line and end with the cause: keep the last non-empty line.
    const lines =
      error instanceof Error
        ? error.message
            .split("\n")
            .map((l) => l.trim())
            .filter(Boolean)
        : [];
    const cause = lines.at(-1) ?? (error instanceof Error ? error.name : "unknown");
    return { up: false, cause: `database unreachable: ${cause}` };
  } finally {
    clearTimeout(timer);
  }
}
