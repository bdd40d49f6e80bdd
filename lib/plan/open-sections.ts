import type { ItemSection } from "../curriculum/types";

/**
 * Which sections (steps and the study tips) of a plan are open. The page opens the section that
 * holds the next item; what the user opens or closes by hand is remembered in a cookie per exam
 * (ADR 034), which the server reads, so the first render already has the right sections open.
 */

/** The cookie that remembers one exam's open and closed sections. */
export function openSectionsCookie(cert: string): string {
  return `plan-sections-${cert}`;
}

/** Sections the user opened and closed by hand: they override the default. */
export interface SectionChoices {
  open: readonly string[];
  closed: readonly string[];
}

export const NO_CHOICES: SectionChoices = { open: [], closed: [] };

/**
 * Reads the cookie's value, `open1+open2|closed1+closed2`. Unknown ids (a renamed step, a
 * hand-edited cookie) are dropped; a malformed value means no choices.
 */
export function parseSectionChoices(value: string | undefined, known: readonly string[]): SectionChoices {
  if (!value) return NO_CHOICES;
  const parts = value.split("|");
  if (parts.length !== 2) return NO_CHOICES;
  const ids = (part: string) => [...new Set(part.split("+").filter((id) => known.includes(id)))];
  const open = ids(parts[0]!);
  const closed = ids(parts[1]!).filter((id) => !open.includes(id));
  return { open, closed };
}

/** The cookie's value for `choices` (only the characters a cookie value may hold). */
export function serializeSectionChoices(choices: SectionChoices): string {
  return `${choices.open.join("+")}|${choices.closed.join("+")}`;
}

/** `choices` after the user opened (`open` true) or closed one section. */
export function withChoice(choices: SectionChoices, id: string, open: boolean): SectionChoices {
  const others = (list: readonly string[]) => list.filter((other) => other !== id);
  return open
    ? { open: [...others(choices.open), id], closed: others(choices.closed) }
    : { open: others(choices.open), closed: [...others(choices.closed), id] };
}

/** Whether a section is open: the user's choice if they made one, else open when it is a default. */
export function isSectionOpen(id: string, defaults: readonly string[], choices: SectionChoices): boolean {
  if (choices.closed.includes(id)) return false;
  return choices.open.includes(id) || defaults.includes(id);
}

/** The section an item sits in: its learning step's id, or "tips" for the study tips. */
export function sectionOf(section: ItemSection): string {
  return section.kind === "step" ? section.step : TIPS_SECTION;
}

export const TIPS_SECTION = "tips";
