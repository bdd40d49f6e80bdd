import { describe, expect, it } from "vitest";

import {
  isSectionOpen,
  NO_CHOICES,
  openSectionsCookie,
  parseSectionChoices,
  serializeSectionChoices,
  withChoice,
} from "./open-sections";

const KNOWN = ["fundamentals", "associate", "projects", "next-level", "tips"];

describe("the open-sections cookie", () => {
  it("is named per exam", () => {
    expect(openSectionsCookie("architect")).toBe("plan-sections-architect");
  });

  it("reads opened and closed sections", () => {
    expect(parseSectionChoices("associate+tips|fundamentals", KNOWN)).toEqual({
      open: ["associate", "tips"],
      closed: ["fundamentals"],
    });
    expect(parseSectionChoices("|", KNOWN)).toEqual({ open: [], closed: [] });
  });

  it("drops unknown ids and ignores a malformed value", () => {
    expect(parseSectionChoices("associate+old-step|nope", KNOWN)).toEqual({
      open: ["associate"],
      closed: [],
    });
    expect(parseSectionChoices("associate", KNOWN)).toEqual(NO_CHOICES);
    expect(parseSectionChoices("a|b|c", KNOWN)).toEqual(NO_CHOICES);
    expect(parseSectionChoices(undefined, KNOWN)).toEqual(NO_CHOICES);
  });

  it("writes what it reads", () => {
    expect(serializeSectionChoices({ open: ["associate", "tips"], closed: ["fundamentals"] })).toBe(
      "associate+tips|fundamentals",
    );
    expect(serializeSectionChoices(NO_CHOICES)).toBe("|");
  });
});

describe("open sections", () => {
  it("opens the defaults until the user chooses otherwise", () => {
    expect(isSectionOpen("fundamentals", ["fundamentals"], NO_CHOICES)).toBe(true);
    expect(isSectionOpen("associate", ["fundamentals"], NO_CHOICES)).toBe(false);
  });

  it("remembers a section opened or closed by hand", () => {
    const closedFirst = withChoice(NO_CHOICES, "fundamentals", false);
    expect(closedFirst).toEqual({ open: [], closed: ["fundamentals"] });
    expect(isSectionOpen("fundamentals", ["fundamentals"], closedFirst)).toBe(false);

    const openedTips = withChoice(closedFirst, "tips", true);
    expect(openedTips).toEqual({ open: ["tips"], closed: ["fundamentals"] });
    expect(isSectionOpen("tips", ["fundamentals"], openedTips)).toBe(true);

    const reopened = withChoice(openedTips, "fundamentals", true);
    expect(reopened).toEqual({ open: ["tips", "fundamentals"], closed: [] });
    expect(isSectionOpen("fundamentals", [], reopened)).toBe(true);
  });
});
