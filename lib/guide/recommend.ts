import { z } from "zod";

import { bothStrategy, difficultyByBackground } from "../curriculum/path";
import { CERT_IDS, type CertId } from "../curriculum/types";
import {
  getOption,
  questionIds,
  questions,
  type AnswerOption,
  type Answers,
  type GuidePick,
  type OptionId,
  type PartialAnswers,
  type QuestionId,
} from "./questions";

/**
 * Turns the guide's answers into a recommendation. Pure: no I/O, no framework,
 * so the page, tests and anything else can call it.
 */

export interface Recommendation {
  pick: GuidePick;
  /** Summed answer weights per exam. */
  scores: Record<CertId, number>;
  /** Why, in the person's own answers' terms; never empty. */
  reasons: string[];
  /** How each exam is likely to feel for the person's background. */
  difficulty: Record<CertId, string>;
  /** The exam(s) to study for, first one first. */
  order: CertId[];
}

/** Scores this close (or closer) count as a draw: both exams suit the person. */
export const CLOSE_MARGIN = 2;

/** What a Next page receives as `searchParams`, or a plain URLSearchParams. */
export type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

const answerSchemas = new Map<QuestionId, z.ZodType<string>>(
  questions.map((q) => [q.id, z.enum(q.options.map((o) => o.id))]),
);

function valuesOf(searchParams: SearchParamsInput, key: string): string[] {
  if (searchParams instanceof URLSearchParams) return searchParams.getAll(key);
  const value = searchParams[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * The valid answers found in a URL's search params. Unknown keys, unknown
 * option ids and malformed values are ignored; a repeated key keeps its first
 * valid value.
 */
export function parseAnswers(searchParams: SearchParamsInput): PartialAnswers {
  const answers: Partial<Record<QuestionId, string>> = {};
  for (const id of questionIds) {
    const schema = answerSchemas.get(id);
    if (!schema) continue;
    for (const raw of valuesOf(searchParams, id)) {
      const parsed = schema.safeParse(raw);
      if (parsed.success) {
        answers[id] = parsed.data;
        break;
      }
    }
  }
  // Every value passed its question's enum schema above.
  return answers as PartialAnswers;
}

/** The questions still without an answer, in question order. */
export function missingQuestions(answers: PartialAnswers): QuestionId[] {
  return questionIds.filter((id) => answers[id] === undefined);
}

/** The answers when every question has one; otherwise null (no recommendation yet). */
export function completeAnswers(answers: PartialAnswers): Answers | null {
  return missingQuestions(answers).length === 0 ? (answers as Answers) : null;
}

export function recommend(answers: Answers): Recommendation {
  const chosen = chosenOptions(answers);

  const scores: Record<CertId, number> = { architect: 0, developer: 0 };
  for (const option of chosen) {
    for (const cert of CERT_IDS) scores[cert] += option.weights[cert];
  }

  const pick = decide(answers, scores);
  const order: CertId[] = pick === "both" ? bothOrder(scores) : [pick];

  return {
    pick,
    scores,
    reasons:
      pick === "both" ? [orderReason(order, scores), ...reasonsFor(pick, chosen)] : reasonsFor(pick, chosen),
    difficulty: difficultyFor(answers.background),
    order,
  };
}

function chosenOptions(answers: Answers): AnswerOption[] {
  return questionIds.flatMap((id) => {
    const option = getOption(id, answers[id]);
    return option ? [option] : [];
  });
}

function decide(answers: Answers, scores: Record<CertId, number>): GuidePick {
  if (answers.both === "yes") return "both";
  const lead = scores.architect - scores.developer;
  // A person who wants one exam gets one even in a near-draw; a true draw goes
  // to the architect exam, the one the article suggests starting with.
  if (Math.abs(lead) <= CLOSE_MARGIN && answers.both !== "no") return "both";
  return lead >= 0 ? "architect" : "developer";
}

/**
 * The order for someone taking both: the exam most answers point to first when one
 * clearly leads (more than CLOSE_MARGIN points); otherwise the article's order,
 * architect first, for the big picture.
 */
function bothOrder(scores: Record<CertId, number>): CertId[] {
  const articleOrder = bothStrategy.order.map((step) => step.cert);
  const [first, second] = articleOrder;
  if (!first || !second) return articleOrder;
  return scores[second] - scores[first] > CLOSE_MARGIN ? [second, first] : articleOrder;
}

const EXAM_NAMES: Record<CertId, string> = { architect: "architect exam", developer: "developer exam" };

/** Why the two exams come in this order: the answers when they decided it, else the article's advice. */
function orderReason(order: readonly CertId[], scores: Record<CertId, number>): string {
  const [first, second] = order;
  if (!first || !second) return "";
  const articleFirst = bothStrategy.order[0]?.cert;
  if (first === articleFirst) {
    const whys = bothStrategy.order.map((step) => step.why).join(" ");
    return `Start with the ${EXAM_NAMES[first]}, then the ${EXAM_NAMES[second]}. ${whys}`;
  }
  return `Most of your answers point to the ${EXAM_NAMES[first]} (${scores[first]} points to ${scores[second]}), so start with it: it builds on what you already do. Then take the ${EXAM_NAMES[second]} for the other half of the picture.`;
}

function leaning(option: AnswerOption): CertId | null {
  if (option.weights.architect > option.weights.developer) return "architect";
  if (option.weights.developer > option.weights.architect) return "developer";
  return null;
}

/**
 * The reasons behind a pick: the answers whose weights lean towards it (for
 * "both", any answer with weight) and the answers that speak to it directly
 * ("I want both", "one is enough"), each group in question order. For "both"
 * the direct ones come first: wanting both is the strongest reason there is.
 */
function reasonsFor(pick: GuidePick, chosen: readonly AnswerOption[]): string[] {
  const explained = chosen.filter((o) => o.explains?.includes(pick));
  const supporting = chosen.filter((o) => {
    if (explained.includes(o)) return false;
    if (pick === "both") return o.weights.architect + o.weights.developer > 0;
    return leaning(o) === pick;
  });
  const ordered = pick === "both" ? [...explained, ...supporting] : [...supporting, ...explained];
  return ordered.map((o) => o.reason);
}

function noteFor(cert: CertId): string {
  return difficultyByBackground.find((note) => note.easierCert === cert)?.reason ?? "";
}

/**
 * How hard each exam may feel, by background (the article: it depends on where
 * you come from). The easier exam's wording comes from the curriculum notes.
 */
export function difficultyFor(background: OptionId<"background">): Record<CertId, string> {
  switch (background) {
    case "software":
      return {
        developer: join(
          noteFor("developer"),
          "Its hardest questions tend to be debugging scenarios, SDK configuration and CI/CD.",
        ),
        architect:
          "Likely to take more work: it asks about networking, availability and cost trade-offs rather than code, in long scenarios that combine many services.",
      };
    case "infrastructure":
      return {
        architect: join(
          noteFor("architect"),
          "Its hardest questions tend to be long architecture scenarios, integrations across many services and cost trade-offs.",
        ),
        developer:
          "Likely to take more work: it expects you to read code comfortably, call services through the SDKs and debug running applications and their deployment pipelines.",
      };
    case "new":
      return {
        architect:
          "Expect it to be demanding without cloud fundamentals first. It needs very little coding, but plenty of networking, availability and cost thinking.",
        developer:
          "Expect it to be demanding without cloud fundamentals first. It also assumes solid programming skills, so allow time to learn a language such as Python, Java or Node.js.",
      };
  }
}

function join(...sentences: string[]): string {
  return sentences.filter((s) => s.length > 0).join(" ");
}
