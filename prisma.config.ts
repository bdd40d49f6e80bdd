import { defineConfig } from "prisma/config";

// The CLI is used here only for `prisma generate`; migrations are applied by
// scripts/migrate.ts (docs/decisions/002-own-migration-runner.md). A user with
// Prisma's engines can still run `prisma migrate status|deploy` against DATABASE_URL.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "node --import tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
