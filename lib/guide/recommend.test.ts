import { describe, expect, it } from "vitest";

import { SKILL_LEVELS } from "../curriculum/types";
import { questionIds, questions, type Answers } from "./questions";
import {
  CLOSE_MARGIN,
  completeAnswers,
  difficultyFor,
  missingQuestions,
  parseAnswers,
  recommend,
} from "./recommend";
import { SKILL_LEVEL_MAX, skillLevelLabel, skillLevelRank } from "./skill-levels";
import { startPlanHref } from "./start-plan";

const backendDeveloper: Answers = {
  enjoy: "code",
  background: "software",
  work: "applications",
  goal: "developer",
  preference: "coding",
  apis: "often",
  coding: "lots",
  both: "no",
};

const sysadmin: Answers = {
  enjoy: "design",
  background: "infrastructure",
  work: "infrastructure",
  goal: "architect",
  preference: "planning",
  apis: "rarely",
  coding: "none",
  both: "no",
};

const mixed: Answers = {
  enjoy: "both",
  background: "infrastructure",
  work: "applications",
  goal: "unsure",
  preference: "coding",
  apis: "sometimes",
  coding: "scripts",
  both: "maybe",
};

function reasonOf(questionId: string, optionId: string): string {
  const option = questions.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId);
  if (!option) throw new Error(`no option ${questionId}=${optionId}`);
  return option.reason;
}

describe("questions", () => {
  it("has six to eight questions with unique ids", () => {
    expect(questions.length).toBeGreaterThanOrEqual(6);
    expect(questions.length).toBeLessThanOrEqual(8);
    expect(new Set(questionIds).size).toBe(questions.length);
  });

  it("gives every question two or more options with unique ids, labels and a reason", () => {
    for (const question of questions) {
      expect(question.options.length, question.id).toBeGreaterThanOrEqual(2);
      expect(new Set(question.options.map((o) => o.id)).size).toBe(question.options.length);
      for (const option of question.options) {
        expect(option.label.trim(), `${question.id}=${option.id}`).not.toBe("");
        expect(option.reason.trim(), `${question.id}=${option.id}`).not.toBe("");
        expect(option.weights.architect).toBeGreaterThanOrEqual(0);
        expect(option.weights.developer).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("never repeats an option label, so every radio has its own accessible name", () => {
    const labels = questions.flatMap((q) => q.options.map((o) => o.label));
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe("recommend", () => {
  it("recommends the developer exam to a backend developer", () => {
    const result = recommend(backendDeveloper);
    expect(result.pick).toBe("developer");
    expect(result.order).toEqual(["developer"]);
    expect(result.scores.developer).toBeGreaterThan(result.scores.architect);
    expect(result.reasons).toContain(reasonOf("enjoy", "code"));
    expect(result.reasons).toContain(reasonOf("background", "software"));
    expect(result.reasons).not.toContain(reasonOf("enjoy", "design"));
  });

  it("recommends the architect exam to someone from infrastructure", () => {
    const result = recommend(sysadmin);
    expect(result.pick).toBe("architect");
    expect(result.order).toEqual(["architect"]);
    expect(result.reasons).toContain(reasonOf("background", "infrastructure"));
    expect(result.reasons).toContain(reasonOf("coding", "none"));
    // Answers that lean towards the pick come first; "one is enough" explains why there is only one.
    expect(result.reasons[0]).toBe(reasonOf("enjoy", "design"));
    expect(result.reasons.at(-1)).toBe(reasonOf("both", "no"));
  });

  it("recommends both, architect first, when the scores are close", () => {
    const result = recommend(mixed);
    expect(Math.abs(result.scores.architect - result.scores.developer)).toBeLessThanOrEqual(CLOSE_MARGIN);
    expect(result.pick).toBe("both");
    expect(result.order).toEqual(["architect", "developer"]);
    expect(result.reasons[0]).toBe(
      "Start with the architect exam, then the developer exam. Start here to learn how AWS infrastructure fits together: networks, availability, security boundaries and cost. Follow with this one to learn how applications plug into that infrastructure through APIs, SDKs and deployment pipelines.",
    );
    expect(result.reasons[1]).toBe(reasonOf("both", "maybe"));
    expect(result.reasons).toContain(reasonOf("background", "infrastructure"));
    expect(result.reasons).toContain(reasonOf("work", "applications"));
  });

  it("recommends both to anyone who wants both, starting with the exam most answers point to", () => {
    const developerFirst = recommend({ ...backendDeveloper, both: "yes" });
    expect(developerFirst.pick).toBe("both");
    expect(developerFirst.scores).toEqual({ architect: 0, developer: 17 });
    expect(developerFirst.order).toEqual(["developer", "architect"]);
    expect(developerFirst.reasons[0]).toBe(
      "Most of your answers point to the developer exam (17 points to 0), so start with it: it builds on what you already do. Then take the architect exam for the other half of the picture.",
    );
    expect(developerFirst.reasons[1]).toBe(reasonOf("both", "yes"));

    const architectFirst = recommend({ ...sysadmin, both: "yes" });
    expect(architectFirst.order).toEqual(["architect", "developer"]);
    expect(architectFirst.reasons[0]).toMatch(/^Start with the architect exam, then the developer exam\./);
  });

  it("keeps to one exam in a near-draw when the person wants only one", () => {
    const result = recommend({ ...mixed, both: "no" });
    expect(result.pick).toBe("developer");
    expect(result.order).toEqual(["developer"]);
  });

  it("breaks an exact draw for a one-exam person towards the architect exam", () => {
    const draw: Answers = {
      enjoy: "both",
      background: "new",
      work: "other",
      goal: "unsure",
      preference: "coding",
      apis: "rarely",
      coding: "scripts",
      both: "no",
    };
    const result = recommend(draw);
    expect(result.scores.architect).toBe(result.scores.developer);
    expect(result.pick).toBe("architect");
  });

  it("always gives at least one reason, for every possible set of answers", () => {
    // Every combination: 3·3·4·4·2·3·3·3 = 7,776 answer sets.
    let combos: Record<string, string>[] = [{}];
    for (const question of questions) {
      combos = combos.flatMap((partial) =>
        question.options.map((o) => ({ ...partial, [question.id]: o.id })),
      );
    }
    for (const combo of combos) {
      const answers = completeAnswers(parseAnswers(combo));
      expect(answers).not.toBeNull();
      if (!answers) continue;
      const result = recommend(answers);
      expect(result.reasons.length, JSON.stringify(combo)).toBeGreaterThan(0);
      expect(result.reasons.every((r) => r.length > 0)).toBe(true);
      expect(result.order.length).toBe(result.pick === "both" ? 2 : 1);
      // Both: the article's order (architect first) unless the developer exam clearly leads.
      if (result.pick === "both") {
        const developerLeads = result.scores.developer - result.scores.architect > CLOSE_MARGIN;
        expect(result.order[0]).toBe(developerLeads ? "developer" : "architect");
      }
    }
  }, 30_000);

  it("says how hard each exam may feel for the person's background", () => {
    const developer = recommend(backendDeveloper).difficulty;
    expect(developer.developer).toMatch(/gentler/);
    expect(developer.architect).toMatch(/more work/);

    const infra = recommend(sysadmin).difficulty;
    expect(infra.architect).toMatch(/familiar/);
    expect(infra.developer).toMatch(/more work/);

    const newcomer = difficultyFor("new");
    expect(newcomer.architect).toMatch(/fundamentals/);
    expect(newcomer.developer).toMatch(/fundamentals/);
  });
});

describe("parseAnswers", () => {
  it("reads every valid answer from page search params", () => {
    expect(parseAnswers({ ...backendDeveloper })).toEqual(backendDeveloper);
  });

  it("ignores unknown keys, unknown options and empty values", () => {
    const parsed = parseAnswers({
      enjoy: "code",
      background: "astronaut",
      work: "",
      goal: undefined,
      utm_source: "newsletter",
      toString: "design",
    });
    expect(parsed).toEqual({ enjoy: "code" });
  });

  it("keeps the first valid value of a repeated key", () => {
    expect(parseAnswers({ enjoy: ["nope", "design", "code"] })).toEqual({ enjoy: "design" });
    expect(parseAnswers(new URLSearchParams("apis=often&apis=rarely&coding=LOTS"))).toEqual({
      apis: "often",
    });
  });

  it("gives no recommendation until every question is answered", () => {
    const { both: _both, ...sevenAnswers } = backendDeveloper;
    expect(missingQuestions(sevenAnswers)).toEqual(["both"]);
    expect(completeAnswers(sevenAnswers)).toBeNull();
    expect(completeAnswers(parseAnswers({ ...sevenAnswers }))).toBeNull();
    expect(completeAnswers(parseAnswers({}))).toBeNull();
    expect(missingQuestions({})).toEqual(questionIds);
  });

  it("recommends from a complete, shareable URL", () => {
    const url = new URLSearchParams({ ...sysadmin, ref: "friend" });
    const answers = completeAnswers(parseAnswers(url));
    expect(answers).toEqual(sysadmin);
    expect(recommend(answers!).pick).toBe("architect");
  });
});

describe("startPlanHref", () => {
  it("sends a signed-out person to sign-up, then on to onboarding with the exams in order", () => {
    const href = startPlanHref(["architect", "developer"], false);
    expect(href).toBe(`/signup?callbackUrl=${encodeURIComponent("/onboarding?certs=architect,developer")}`);
    expect(decodeURIComponent(href.split("callbackUrl=")[1] ?? "")).toBe(
      "/onboarding?certs=architect,developer",
    );
  });

  it("sends a signed-in person straight to onboarding", () => {
    expect(startPlanHref(["developer"], true)).toBe("/onboarding?certs=developer");
  });

  it("drops repeats", () => {
    expect(startPlanHref(["developer", "developer"], true)).toBe("/onboarding?certs=developer");
  });
});

describe("skill levels", () => {
  it("names each level in words and ranks it from 1 to 4", () => {
    expect(SKILL_LEVELS.map(skillLevelLabel)).toEqual(["Low", "Medium", "High", "Very high"]);
    expect(SKILL_LEVELS.map(skillLevelRank)).toEqual([1, 2, 3, 4]);
    expect(SKILL_LEVEL_MAX).toBe(4);
  });
});
