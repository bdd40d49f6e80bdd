import "server-only";

import { getEnv } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

import { createPrismaClient } from "./db/client";

// One client per process. Dev reloads modules; keep the instance on globalThis
// so an embedded PGlite directory is never opened twice in one process.
const globalForDb = globalThis as typeof globalThis & { __studyPlannerDb?: PrismaClient };

function create(): PrismaClient {
  const env = getEnv();
  return createPrismaClient({
    databaseUrl: env.DATABASE_URL,
    pgliteDir: env.PGLITE_DIR,
    poolMax: env.DATABASE_POOL_MAX,
  });
}

export const db: PrismaClient = (globalForDb.__studyPlannerDb ??= create());

export type { PrismaClient };
