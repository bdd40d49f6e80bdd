import "server-only";

import { items, steps, tipGroups } from "@/lib/curriculum";
import { db } from "@/lib/db";
import { exportItems, sectionLabel, type ExportItem } from "@/lib/portability/progress-file";

const stepTitles = Object.fromEntries(steps.map((s) => [s.id, `${s.number}. ${s.title}`]));
const tipTitles = Object.fromEntries(tipGroups.map((g) => [g.id, g.title]));

/** One row per curriculum item with the user's status, dates and note. */
export async function getProgressExport(userId: string): Promise<ExportItem[]> {
  const [progress, notes] = await Promise.all([
    db.itemProgress.findMany({
      where: { userId },
      select: { itemId: true, status: true, createdAt: true, updatedAt: true },
    }),
    db.itemNote.findMany({ where: { userId }, select: { itemId: true, body: true } }),
  ]);
  return exportItems(items, progress, new Map(notes.map((n) => [n.itemId, n.body])), (item) =>
    sectionLabel(item, stepTitles, tipTitles),
  );
}

export async function getShareSlug(userId: string): Promise<string | null> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { shareSlug: true } });
  return row?.shareSlug ?? null;
}

/** The owner of a public progress page, or null when the link is off or unknown. */
export async function getSharedUser(slug: string): Promise<{ id: string; timeZone: string } | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(slug)) return null;
  return db.user.findUnique({ where: { shareSlug: slug }, select: { id: true, timeZone: true } });
}
