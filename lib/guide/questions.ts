import type { CertId } from "../curriculum/types";

/**
 * The questions of the "Which certification should I choose?" guide. They
 * follow the source article's "choose the architect exam if… / choose the
 * developer exam if…" criteria, its "ideal for" backgrounds and its advice on
 * taking both, in our own words.
 *
 * Ids (question and option) appear in shared URLs (`/choose?enjoy=code&…`), so
 * treat them like database ids: never rename one once shipped.
 */

export type GuidePick = CertId | "both";

export interface AnswerOption {
  id: string;
  label: string;
  /** Points this answer adds to each exam's score (0 = no lean). */
  weights: Readonly<Record<CertId, number>>;
  /** Why this answer matters, addressed to the person ("You…"). */
  reason: string;
  /**
   * Picks this answer explains even though its weights don't lean towards them
   * (e.g. "I want both" explains a "both" pick).
   */
  explains?: readonly GuidePick[];
}

export interface Question {
  id: string;
  /** Shown as the fieldset's legend. */
  prompt: string;
  options: readonly AnswerOption[];
}

export const questions = [
  {
    id: "enjoy",
    prompt: "Which part of the work do you enjoy most?",
    options: [
      {
        id: "design",
        label: "Designing how a whole system fits together",
        weights: { architect: 3, developer: 0 },
        reason: "You enjoy designing whole systems, and system design is what the architect exam is about.",
      },
      {
        id: "code",
        label: "Writing the code that makes an application work",
        weights: { architect: 0, developer: 3 },
        reason: "You enjoy writing code, and the developer exam is built around it.",
      },
      {
        id: "both",
        label: "I enjoy design and code about equally",
        weights: { architect: 1, developer: 1 },
        reason: "You like design and code about equally, so both exams play to your interests.",
      },
    ],
  },
  {
    id: "background",
    prompt: "Which best describes your background?",
    options: [
      {
        id: "infrastructure",
        label: "Systems administration, IT infrastructure or DevOps",
        weights: { architect: 3, developer: 0 },
        reason:
          "With an infrastructure or DevOps background, the architect exam's design scenarios will feel familiar.",
      },
      {
        id: "software",
        label: "Software, backend or full-stack development",
        weights: { architect: 0, developer: 3 },
        reason:
          "As a software developer you already know much of what the developer exam covers: application logic, APIs and code.",
      },
      {
        id: "new",
        label: "I'm new to IT",
        weights: { architect: 0, developer: 0 },
        reason:
          "You're new to IT, so begin with cloud fundamentals and the core AWS services before either associate exam.",
        explains: ["architect", "developer", "both"],
      },
    ],
  },
  {
    id: "work",
    prompt: "What takes up most of your working week right now?",
    options: [
      {
        id: "infrastructure",
        label: "Keeping servers, networks or cloud accounts running",
        weights: { architect: 2, developer: 0 },
        reason: "Your day-to-day work is infrastructure, the ground the architect exam covers.",
      },
      {
        id: "applications",
        label: "Building and maintaining applications",
        weights: { architect: 0, developer: 2 },
        reason: "You build applications for a living, which is the developer exam's home ground.",
      },
      {
        id: "pipelines",
        label: "Automating builds, deployments and releases",
        weights: { architect: 2, developer: 1 },
        reason:
          "DevOps work is one of the backgrounds the architect path suits best, and the developer exam's pipeline questions will suit you too.",
      },
      {
        id: "other",
        label: "Studying, or working outside tech",
        weights: { architect: 0, developer: 0 },
        reason:
          "You're not in a technical job yet, so neither exam gets a head start from your current work.",
      },
    ],
  },
  {
    id: "goal",
    prompt: "Which role would you most like to have in a few years?",
    options: [
      {
        id: "architect",
        label: "Cloud or solutions architect",
        weights: { architect: 3, developer: 0 },
        reason:
          "You want to become a cloud architect, and this certification is the usual first rung on that ladder.",
      },
      {
        id: "developer",
        label: "Cloud-native or serverless developer",
        weights: { architect: 0, developer: 3 },
        reason:
          "You want to specialise in cloud-native development, which is exactly where the developer certification points.",
      },
      {
        id: "platform",
        label: "Platform or DevOps engineer",
        weights: { architect: 1, developer: 2 },
        reason: "The developer career path commonly leads on to platform and DevOps engineering roles.",
      },
      {
        id: "unsure",
        label: "I'm not sure yet",
        weights: { architect: 0, developer: 0 },
        reason: "You haven't settled on a role yet; either exam makes a sound first step.",
      },
    ],
  },
  {
    id: "preference",
    prompt: "Which would you rather spend an afternoon on?",
    options: [
      {
        id: "planning",
        label: "Planning an architecture: what could fail, how it scales, what it costs",
        weights: { architect: 2, developer: 0 },
        reason: "You'd rather plan and design than write code, which matches the architect exam's focus.",
      },
      {
        id: "coding",
        label: "Writing, testing and shipping a new feature",
        weights: { architect: 0, developer: 2 },
        reason: "You'd rather be coding, and the developer exam expects hands-on programming.",
      },
    ],
  },
  {
    id: "apis",
    prompt: "How often do you build or connect to APIs and microservices?",
    options: [
      {
        id: "often",
        label: "Most days",
        weights: { architect: 0, developer: 2 },
        reason:
          "You work with APIs and microservices a lot; the developer exam rates API development high, the architect exam low.",
      },
      {
        id: "sometimes",
        label: "Now and then",
        weights: { architect: 0, developer: 1 },
        reason: "You work with APIs now and then, a small point in favour of the developer exam.",
      },
      {
        id: "rarely",
        label: "Rarely or never",
        weights: { architect: 1, developer: 0 },
        reason: "APIs aren't part of your work, and the architect exam asks little of API development.",
      },
    ],
  },
  {
    id: "coding",
    prompt: "How much code do you write in a typical week?",
    options: [
      {
        id: "lots",
        label: "Code is most of my job",
        weights: { architect: 0, developer: 2 },
        reason: "You code most of the day, and the developer exam expects strong programming skills.",
      },
      {
        id: "scripts",
        label: "Scripts and automation now and then",
        weights: { architect: 1, developer: 0 },
        reason: "Occasional scripting is plenty for the architect exam, which needs very little coding.",
      },
      {
        id: "none",
        label: "Little or none",
        weights: { architect: 2, developer: 0 },
        reason:
          "You write little code; the architect exam needs only a minimal amount, while the developer exam needs a lot.",
      },
    ],
  },
  {
    id: "both",
    prompt: "Are you planning to earn both associate certifications?",
    options: [
      {
        id: "yes",
        label: "Yes, I want both",
        weights: { architect: 0, developer: 0 },
        reason:
          "You plan to earn both associate certifications, and the pair gives a broader footing in the cloud than either alone.",
        explains: ["both"],
      },
      {
        id: "maybe",
        label: "Maybe, later on",
        weights: { architect: 0, developer: 0 },
        reason: "You may add the second certification later, and many people do hold both.",
        explains: ["both"],
      },
      {
        id: "no",
        label: "No, one is enough for now",
        weights: { architect: 0, developer: 0 },
        reason: "You want one certification for now, so we picked the one that fits you best.",
        explains: ["architect", "developer"],
      },
    ],
  },
] as const satisfies readonly Question[];

export type GuideQuestion = (typeof questions)[number];
export type QuestionId = GuideQuestion["id"];
/** The option ids of one question, e.g. `OptionId<"apis">` = "often" | "sometimes" | "rarely". */
export type OptionId<Q extends QuestionId> = Extract<GuideQuestion, { id: Q }>["options"][number]["id"];

/** One answer per question: what `recommend` needs. */
export type Answers = { [Q in QuestionId]: OptionId<Q> };
/** What a URL may hold: any subset of valid answers. */
export type PartialAnswers = Partial<Answers>;

export const questionIds: readonly QuestionId[] = questions.map((q) => q.id);

export function getQuestion(id: QuestionId): Question {
  const question = questions.find((q) => q.id === id);
  // The id type only admits ids from `questions`, so this cannot happen.
  if (!question) throw new Error(`Unknown question: ${id}`);
  return question;
}

export function getOption(questionId: QuestionId, optionId: string): AnswerOption | undefined {
  return getQuestion(questionId).options.find((o) => o.id === optionId);
}
