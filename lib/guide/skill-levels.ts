import { SKILL_LEVELS, type SkillLevel } from "../curriculum/types";

const LABELS: Record<SkillLevel, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  "very-high": "Very high",
};

/** A skill level as a word, for people and screen readers alike. */
export function skillLevelLabel(level: SkillLevel): string {
  return LABELS[level];
}

/** 1 (low) to 4 (very high): how many bar segments to fill. */
export function skillLevelRank(level: SkillLevel): number {
  return SKILL_LEVELS.indexOf(level) + 1;
}

/** The number of segments in a full bar. */
export const SKILL_LEVEL_MAX = SKILL_LEVELS.length;
