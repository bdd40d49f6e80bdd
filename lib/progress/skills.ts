import type { CertId, Item, SkillArea, SkillAreaId, SkillLevel } from "../curriculum/types";
import { displayPercent, statusOf, uniqueById, type StatusMap } from "./status";

export interface SkillCoverage {
  id: SkillAreaId;
  name: string;
  /** Items tagged with this skill that are done. */
  done: number;
  /** Items tagged with this skill (each item once), skipped ones included. */
  total: number;
  /** `done ÷ total` as a display percentage (see `displayPercent`); 0 when total is 0. */
  percent: number;
  /** The level each exam asks of this skill. */
  levels: Record<CertId, SkillLevel>;
}

/**
 * Coverage per skill area, in the order of `skillAreas`. An item counts for a
 * skill when `item.skills` contains the skill id (an item tagged twice, or
 * listed twice, counts once). As with readiness, skipped items stay in the
 * denominator: skipping a topic doesn't give you the skill.
 */
export function skillsCoverage(
  items: readonly Item[],
  statuses: StatusMap,
  skillAreas: readonly SkillArea[],
): SkillCoverage[] {
  const unique = uniqueById(items);
  return skillAreas.map((area) => {
    let done = 0;
    let total = 0;
    for (const item of unique) {
      if (!item.skills.includes(area.id)) continue;
      total += 1;
      if (statusOf(statuses, item.id) === "done") done += 1;
    }
    return {
      id: area.id,
      name: area.name,
      done,
      total,
      percent: displayPercent(done, total),
      levels: { ...area.levels },
    };
  });
}

const LEVEL_PERCENT: Record<SkillLevel, number> = {
  low: 25,
  medium: 50,
  high: 75,
  "very-high": 100,
};

/** A skill level as a bar length (low 25, medium 50, high 75, very-high 100), to draw beside coverage. */
export function levelToPercent(level: SkillLevel): number {
  return LEVEL_PERCENT[level];
}
