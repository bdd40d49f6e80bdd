/**
 * Readiness from evidence (issue #14): practice attempts and real exam results
 * turned into trends, per-domain evidence, a forecast, a drill list and the
 * domains a schedule should put first. Pure functions only: no I/O, no clock.
 */
export * from "./types";
export * from "./scores";
export * from "./domains";
export * from "./forecast";
export * from "./evidence";
export * from "./combined";
export * from "./drill";
export * from "./focus";
export * from "./card";
