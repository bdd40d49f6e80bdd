import { afterAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "@/lib/db/client";

import { testDb } from "../support/db";

// ADR 039: on PostgreSQL every statement the app sends is a named prepared statement, parsed and
// planned once per connection. (The embedded PGlite database has no connection pool to name them on.)
const url = testDb().kind === "postgres" ? testDb().url : undefined;

describe.skipIf(!url)("prepared statements on PostgreSQL", () => {
  // One connection, so the statements it prepared can be listed afterwards.
  const prisma = createPrismaClient({ databaseUrl: url, pgliteDir: "memory://", poolMax: 1 });
  afterAll(() => prisma.$disconnect());

  it("prepares each statement once on a connection and reuses its plan", async () => {
    for (let i = 0; i < 8; i++) {
      await prisma.$queryRaw`SELECT count(*)::int AS n FROM "User" WHERE email = ${`nobody-${i}@example.com`}`;
    }
    await prisma.user.findMany({ where: { email: "nobody@example.com" }, select: { id: true } });
    const rows = await prisma.$queryRaw<{ name: string; statement: string; calls: number }[]>`
      SELECT name, statement, (generic_plans + custom_plans)::int AS calls
        FROM pg_prepared_statements ORDER BY statement`;

    const raw = rows.find((r) => r.statement.includes("count(*)::int AS n"));
    expect(raw?.name).toMatch(/^s_[A-Za-z0-9_-]{22}$/);
    // Eight executions, one statement: parsed once, executed eight times.
    expect(raw?.calls).toBe(8);
    expect(rows.filter((r) => r.statement.includes("count(*)::int AS n"))).toHaveLength(1);
    // Prisma's own queries are named too.
    expect(rows.some((r) => /FROM "public"\."User"/.test(r.statement) && r.name.startsWith("s_"))).toBe(true);
  });
});
