/**
 * The /bench routes are baselines for `npm run bench` (scripts/bench.mjs), served
 * only when BENCH_ROUTES=1. Read from process.env on purpose: it is a bench-only
 * switch, not part of the app's configuration (lib/env.ts).
 */
export function benchRoutesEnabled(): boolean {
  return process.env.BENCH_ROUTES === "1";
}
