// Runs once when the server starts: a bad environment variable stops boot with
// a message that names it, instead of failing on the first request. Then the
// hourly purge of ended sessions, expired links and closed rate-limit windows.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv } = await import("@/lib/env");
    const env = getEnv();
    if (env.NEXT_PHASE !== "phase-production-build") {
      const { startHousekeeping } = await import("@/lib/auth/housekeeping");
      startHousekeeping();
    }
  }
}
