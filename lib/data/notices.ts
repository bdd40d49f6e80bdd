import "server-only";

import { db } from "@/lib/db";

/** Ids of the notices this user dismissed ("version-change:DVA-C03"). */
export async function getDismissedNotices(userId: string): Promise<ReadonlySet<string>> {
  const rows = await db.noticeDismissal.findMany({ where: { userId }, select: { notice: true } });
  return new Set(rows.map((row) => row.notice));
}
