import { createHash } from "node:crypto";

/**
 * Names for PostgreSQL prepared statements, so that each connection parses and plans a statement
 * once instead of on every execution (ADR 039). The name is a digest of the SQL text, so one name
 * always means one text on every connection (node-postgres refuses a name reused with another
 * text). Distinct texts are capped: a statement whose text varies without bound (a value list that
 * grows with its input, say) would otherwise hold a plan per variant on every connection; past the
 * cap, new texts run unnamed, as every statement did before.
 */
export function statementNamer(maxNames = 1000): (sql: string) => string {
  const names = new Map<string, string>();
  return (sql) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    // "" is node-postgres's unnamed statement: parsed and planned on each execution.
    if (names.size >= maxNames) return "";
    const name = `s_${createHash("sha256").update(sql).digest("base64url").slice(0, 22)}`;
    names.set(sql, name);
    return name;
  };
}
