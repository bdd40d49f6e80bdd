import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { testDb } from "../support/db";

/**
 * After migrating, the database must be what prisma/schema.prisma declares, and nothing else:
 * the migrations are hand-written SQL (docs/decisions/002-own-migration-runner.md), so nothing
 * generates them from the schema. Both sides are read independently: the schema file by the small
 * parser below (not Prisma's generated client, which is built from the same file), the database
 * from its catalogs. The parser refuses what it does not understand, so a new construct in the
 * schema makes this test fail until it is taught, never pass by ignoring it.
 */

interface Column {
  name: string;
  /** information_schema's data_type (udt_name for enums and arrays). */
  type: string;
  nullable: boolean;
  /** The column default the migration must set, as PostgreSQL prints it; null for none. */
  default: string | null;
}

interface Index {
  name: string;
  table: string;
  columns: string[];
  unique: boolean;
}

interface ForeignKey {
  table: string;
  column: string;
  references: string;
  onDelete: string;
}

interface Declared {
  enums: Map<string, string[]>;
  tables: Map<string, Column[]>;
  indexes: Index[];
  foreignKeys: ForeignKey[];
}

const SCALARS: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp without time zone",
  Float: "double precision",
  Json: "jsonb",
};
const NATIVE: Record<string, string> = { "@db.Uuid": "uuid", "@db.Date": "date", "@db.Text": "text" };
const UNDERSTOOD = /^@(id|unique|default\(.*\)|updatedAt|relation\(.*\)|db\.(Uuid|Date|Text))$/;

function fail(message: string): never {
  throw new Error(`schema-drift: ${message}`);
}

/** The attributes of a field line, split at top-level spaces: `@default(dbgenerated("x()")) @db.Uuid`. */
function attributesOf(rest: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of rest) {
    if (char === "(") depth += 1;
    if (char === ")") depth -= 1;
    if (char === " " && depth === 0) {
      if (current) out.push(current);
      current = "";
    } else current += char;
  }
  if (current) out.push(current);
  return out;
}

/** What PostgreSQL prints as the column default for a Prisma @default(...). */
function columnDefault(expression: string, type: string): string | null {
  if (expression === "now()") return "CURRENT_TIMESTAMP";
  if (expression === "autoincrement()") return "nextval"; // compared by prefix below
  const generated = /^dbgenerated\("(.+)"\)$/.exec(expression);
  if (generated?.[1]) return generated[1];
  if (/^-?\d+(\.\d+)?$/.test(expression)) return expression;
  if (expression === "true" || expression === "false") return expression;
  const text = /^"(.*)"$/.exec(expression);
  if (text) return `'${text[1]}'::text`;
  if (/^\w+$/.test(expression)) return `'${expression}'::"${type}"`; // an enum value
  return fail(`@default(${expression}) is not understood`);
}

function parseSchema(schema: string): Declared {
  const enums = new Map<string, string[]>();
  for (const [, name, body] of schema.matchAll(/^enum (\w+) \{([\s\S]*?)^\}/gm)) {
    if (!name || body === undefined) continue;
    enums.set(
      name,
      body
        .split("\n")
        .map((line) => line.replace(/\/\/.*$/, "").trim())
        .filter(Boolean),
    );
  }
  const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].map(([, name, body]) => ({
    name: name ?? fail("a model without a name"),
    body: body ?? "",
  }));
  const modelNames = new Set(models.map((m) => m.name));
  if (/^(type|view) \w+ \{/m.test(schema)) fail("composite types and views are not understood");

  const tables = new Map<string, Column[]>();
  const indexes: Index[] = [];
  const foreignKeys: ForeignKey[] = [];
  for (const model of models) {
    const columns: Column[] = [];
    for (const raw of model.body.split("\n")) {
      const line = raw.replace(/\s\/\/.*$/, "").trim();
      if (!line || line.startsWith("//")) continue;
      const block = /^@@(id|unique|index)\(\[([^\]]+)\]\)$/.exec(line);
      if (block?.[1] && block[2]) {
        const cols = block[2].split(",").map((c) => c.trim());
        const kind = block[1];
        const name =
          kind === "id"
            ? `${model.name}_pkey`
            : `${model.name}_${cols.join("_")}_${kind === "unique" ? "key" : "idx"}`;
        indexes.push({ name, table: model.name, columns: cols, unique: kind !== "index" });
        continue;
      }
      if (line.startsWith("@@")) fail(`${model.name}: "${line}" is not understood`);
      const field = /^(\w+)\s+(\w+)(\[\]|\?)?\s*(.*)$/.exec(line);
      if (!field?.[1] || !field[2]) fail(`${model.name}: cannot read "${line}"`);
      const [, name, type, modifier, rest] = field;
      const attributes = attributesOf(rest ?? "");
      for (const attribute of attributes) {
        if (!UNDERSTOOD.test(attribute)) fail(`${model.name}.${name}: ${attribute} is not understood`);
      }
      if (modelNames.has(type)) {
        const relation = attributes.find((a) => a.startsWith("@relation("));
        const fields = relation && /fields: \[(\w+)\]/.exec(relation)?.[1];
        if (relation && fields) {
          const onDelete = /onDelete: (\w+)/.exec(relation)?.[1] ?? "NoAction";
          foreignKeys.push({ table: model.name, column: fields, references: type, onDelete });
        }
        continue; // a relation, not a column
      }
      if (modifier === "[]") fail(`${model.name}.${name}: scalar lists are not understood`);
      const native = attributes.find((a) => a.startsWith("@db."));
      const columnType = native ? NATIVE[native] : enums.has(type) ? type : SCALARS[type];
      if (!columnType) fail(`${model.name}.${name}: type ${type} is not understood`);
      const defaultExpression = attributes.find((a) => a.startsWith("@default("))?.slice(9, -1);
      columns.push({
        name,
        type: columnType,
        nullable: modifier === "?",
        default: defaultExpression === undefined ? null : columnDefault(defaultExpression, type),
      });
      if (attributes.includes("@id")) {
        indexes.push({ name: `${model.name}_pkey`, table: model.name, columns: [name], unique: true });
      }
      if (attributes.includes("@unique")) {
        indexes.push({ name: `${model.name}_${name}_key`, table: model.name, columns: [name], unique: true });
      }
    }
    tables.set(model.name, columns);
  }
  return { enums, tables, indexes, foreignKeys };
}

const declared = parseSchema(readFileSync("prisma/schema.prisma", "utf8"));
const sql = () => testDb().sql;

const ON_DELETE: Record<string, string> = {
  Cascade: "CASCADE",
  SetNull: "SET NULL",
  Restrict: "RESTRICT",
  NoAction: "NO ACTION",
  SetDefault: "SET DEFAULT",
};

describe("the migrated database matches prisma/schema.prisma", () => {
  it("reads the schema file (the parser finds the models the app is built on)", () => {
    expect([...declared.tables.keys()]).toEqual(
      expect.arrayContaining(["User", "Enrollment", "ItemProgress", "ItemNote", "Activity"]),
    );
    expect(declared.tables.get("ItemProgress")?.map((c) => c.name)).toEqual([
      "userId",
      "itemId",
      "status",
      "createdAt",
      "updatedAt",
    ]);
  });

  it("has exactly one table per model, and no other", async () => {
    const rows = await sql().query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual([...declared.tables.keys()].sort());
  });

  it("has exactly the declared enums and values, in order", async () => {
    const rows = await sql().query<{ name: string; value: string }>(
      `SELECT t.typname AS name, e.enumlabel AS value
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
         JOIN pg_namespace n ON n.oid = t.typnamespace
        WHERE n.nspname = current_schema()
        ORDER BY t.typname, e.enumsortorder`,
    );
    const actual = new Map<string, string[]>();
    for (const row of rows) actual.set(row.name, [...(actual.get(row.name) ?? []), row.value]);
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(declared.enums));
  });

  it.each([...declared.tables.entries()])(
    "table %s has exactly the declared columns, types, nullability and defaults",
    async (table, columns) => {
      const rows = await sql().query<{
        column_name: string;
        data_type: string;
        udt_name: string;
        is_nullable: string;
        column_default: string | null;
      }>(
        `SELECT column_name, data_type, udt_name, is_nullable, column_default
           FROM information_schema.columns
          WHERE table_schema = current_schema() AND table_name = $1
          ORDER BY ordinal_position`,
        [table],
      );
      const actual = rows.map((r) => ({
        name: r.column_name,
        type: r.data_type === "USER-DEFINED" ? r.udt_name : r.data_type,
        nullable: r.is_nullable === "YES",
        default: r.column_default?.startsWith("nextval(") ? "nextval" : r.column_default,
      }));
      const byName = (a: Column, b: Column) => a.name.localeCompare(b.name);
      expect(actual.sort(byName)).toEqual([...columns].sort(byName));
    },
  );

  it.each(declared.indexes.map((i) => [i.name, i] as const))(
    "index %s exists on the declared columns",
    async (_name, index) => {
      const rows = await sql().query<{ indexdef: string }>(
        `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 AND indexname = $2`,
        [index.table, index.name],
      );
      expect(rows).toHaveLength(1);
      const def = rows[0]!.indexdef.replaceAll('"', "");
      expect(def.startsWith(index.unique ? "CREATE UNIQUE INDEX" : "CREATE INDEX")).toBe(true);
      expect(def).toContain(`(${index.columns.join(", ")})`);
    },
  );

  it("has no index the schema does not declare", async () => {
    const rows = await sql().query<{ indexname: string }>(
      `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
    );
    expect(rows.map((r) => r.indexname).sort()).toEqual(
      [...new Set(declared.indexes.map((i) => i.name))].sort(),
    );
  });

  it("has exactly the declared foreign keys, with their delete rules", async () => {
    const rows = await sql().query<{
      table: string;
      column: string;
      references: string;
      delete_rule: string;
    }>(
      `SELECT kcu.table_name AS table, kcu.column_name AS column, ccu.table_name AS references, rc.delete_rule
         FROM information_schema.referential_constraints rc
         JOIN information_schema.key_column_usage kcu
           ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
         JOIN information_schema.constraint_column_usage ccu
           ON ccu.constraint_name = rc.constraint_name AND ccu.constraint_schema = rc.constraint_schema
        WHERE rc.constraint_schema = current_schema()`,
    );
    const key = (fk: { table: string; column: string }) => `${fk.table}.${fk.column}`;
    expect(
      rows
        .map((r) => ({ table: r.table, column: r.column, references: r.references, onDelete: r.delete_rule }))
        .sort((a, b) => key(a).localeCompare(key(b))),
    ).toEqual(
      declared.foreignKeys
        .map((fk) => ({ ...fk, onDelete: ON_DELETE[fk.onDelete] ?? fk.onDelete }))
        .sort((a, b) => key(a).localeCompare(key(b))),
    );
    // A user's rows go with the user.
    for (const fk of declared.foreignKeys.filter((f) => f.references === "User")) {
      expect(fk.onDelete, key(fk)).toBe("Cascade");
    }
  });
});
