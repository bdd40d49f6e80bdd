import type { PGlite } from "@electric-sql/pglite";
import type { Client } from "pg";

import type { SqlConnection } from "./migrator";

export function pgConnection(client: Client): SqlConnection {
  return {
    async query<Row extends object>(sql: string, params?: readonly unknown[]) {
      const res = await client.query(sql, params ? [...params] : undefined);
      return res.rows as Row[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  };
}

export function pgliteConnection(db: PGlite): SqlConnection {
  return {
    async query<Row extends object>(sql: string, params?: readonly unknown[]) {
      const res = await db.query<Row>(sql, params ? [...params] : undefined);
      return res.rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
  };
}
