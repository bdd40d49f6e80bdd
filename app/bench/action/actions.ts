"use server";

/**
 * Baseline "server action that does nothing": no session check, no validation,
 * no database. Called exactly as the check-off is (a plain object from a client
 * component), so the two requests differ only in what the action does.
 */
export async function benchNoop(_input: unknown): Promise<{ ok: boolean }> {
  return { ok: true };
}
