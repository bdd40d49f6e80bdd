import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { Prisma } from "@/lib/generated/prisma/client";

import { testDb } from "../support/db";

/**
 * After migrating, the database must hold every model, scalar field and index
 * that prisma/schema.prisma declares: hand-written SQL must not drift from it.
 */

interface DeclaredIndex {
  name: string;
  table: string;
  columns: string[];
  unique: boolean;
}

function declaredIndexes(schema: string): DeclaredIndex[] {
  const out: DeclaredIndex[] = [];
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    if (!model || !body) continue;
    for (const line of body.split("\n")) {
      const field = line.trim().match(/^(\w+)\s+\S+.*@unique/);
      if (field?.[1] && !line.trim().startsWith("@@")) {
        out.push({ name: `${model}_${field[1]}_key`, table: model, columns: [field[1]], unique: true });
      }
      const block = line.trim().match(/^@@(id|unique|index)\(\[([^\]]+)\]/);
      if (block?.[1] && block[2]) {
        const columns = block[2].split(",").map((c) => c.trim());
        const suffix = block[1] === "id" ? "pkey" : block[1] === "unique" ? "key" : "idx";
        const name = block[1] === "id" ? `${model}_pkey` : `${model}_${columns.join("_")}_${suffix}`;
        out.push({ name, table: model, columns, unique: block[1] !== "index" });
      }
      const id = line.trim().match(/^(\w+)\s+\S+.*@id\b/);
      if (id?.[1]) out.push({ name: `${model}_pkey`, table: model, columns: [id[1]], unique: true });
    }
  }
  return out;
}

const schema = readFileSync("prisma/schema.prisma", "utf8");

describe("the migrated database matches prisma/schema.prisma", () => {
  const models = Object.values(Prisma.ModelName);

  it("knows every model", () => {
    expect(models).toEqual(
      expect.arrayContaining(["User", "Enrollment", "ItemProgress", "ItemNote", "Activity"]),
    );
  });

  it.each(models)("table %s has a column for every scalar field", async (model) => {
    const enumName = `${model}ScalarFieldEnum` as keyof typeof Prisma;
    const fields = Object.values(Prisma[enumName] as Record<string, string>);
    const rows = await testDb().sql.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1`,
      [model],
    );
    const columns = rows.map((r) => r.column_name);
    expect(columns.length).toBeGreaterThan(0);
    expect(columns.sort()).toEqual([...fields].sort());
  });

  it.each(declaredIndexes(schema).map((i) => [i.name, i] as const))(
    "index %s exists on the declared columns",
    async (_name, index) => {
      const rows = await testDb().sql.query<{ indexdef: string }>(
        `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 AND indexname = $2`,
        [index.table, index.name],
      );
      expect(rows).toHaveLength(1);
      const def = rows[0]!.indexdef.replaceAll('"', "");
      expect(def.startsWith(index.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX")).toBe(true);
      expect(def).toContain(`(${index.columns.join(", ")})`);
    },
  );

  it("deletes a user's rows with the user (ON DELETE CASCADE on every foreign key)", async () => {
    const rows = await testDb().sql.query<{ table_name: string; delete_rule: string }>(
      `SELECT tc.table_name, rc.delete_rule
         FROM information_schema.table_constraints tc
         JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name
        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) expect(row, row.table_name).toMatchObject({ delete_rule: "CASCADE" });
  });
});
