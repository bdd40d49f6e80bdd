import "server-only";

import { db } from "@/lib/db";

export type HealthResult =
  | { status: "ok"; database: "up"; latencyMs: number }
  | { status: "error"; database: "down"; reason: string };

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
    return { status: "ok", database: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] ?? "unknown" : "unknown";
    return { status: "error", database: "down", reason: `database unreachable: ${reason}` };
  } finally {
    clearTimeout(timer);
  }
}
