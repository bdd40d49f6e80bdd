import type {
  BothStrategy,
  CertificationLevel,
  DifficultyNote,
  LearningStep,
  SkillArea,
  TipGroup,
} from "./types";

/** The four-step learning path, in order. */
export const steps: LearningStep[] = [
  {
    id: "fundamentals",
    number: 1,
    title: "Cloud fundamentals and core AWS services",
    description:
      "Get comfortable with what the cloud is and how AWS is organised, then meet the core services hands-on: identity, compute, storage, networking, databases and monitoring. Everything here counts towards both exams.",
  },
  {
    id: "associate",
    number: 2,
    title: "Your associate exam",
    description:
      "Pick the associate exam that matches your role, Solutions Architect or Developer, and work through its domains one task statement at a time, ending with a timed practice exam.",
  },
  {
    id: "projects",
    number: 3,
    title: "Hands-on projects",
    description:
      "Build real things on AWS. The exams are made of practical scenarios, so the experience of wiring services together yourself is what turns facts into judgement.",
  },
  {
    id: "next-level",
    number: 4,
    title: "Professional and specialty certifications",
    description:
      "Once you have some experience behind the associate badge, deepen it with a professional or specialty certification, or earn the other associate exam.",
  },
];

/** The article's study-tip groups, each a short list of practice items. */
export const tipGroups: TipGroup[] = [
  {
    id: "build-projects",
    title: "Build real projects",
    description:
      "Small working builds teach AWS better than flash cards do. Aim for one of each kind: a serverless API, a web app that scales, an event-driven system and a delivery pipeline.",
    certs: ["architect", "developer"],
  },
  {
    id: "core-services",
    title: "Learn the core AWS services",
    description:
      "Compute, storage, databases, networking and security turn up in question after question on both exams. Know what each option is for and when to reach for it.",
    certs: ["architect", "developer"],
  },
  {
    id: "architecture-design",
    title: "Practice architecture design",
    description:
      "For the architect exam, rehearse the patterns its scenarios keep returning to: tiered applications, load balancing, high availability and disaster recovery.",
    certs: ["architect"],
  },
  {
    id: "debugging",
    title: "Practice debugging applications",
    description:
      "For the developer exam, get fluent in observing and fixing running code: logs and metrics, tracing a failure to its cause, automated deployments and serverless behaviour.",
    certs: ["developer"],
  },
];

/** The article's skills comparison table: how much each exam asks of each area. */
export const skillAreas: SkillArea[] = [
  {
    id: "cloud-architecture",
    name: "Cloud Architecture",
    levels: { architect: "very-high", developer: "medium" },
  },
  { id: "programming", name: "Programming", levels: { architect: "low", developer: "high" } },
  { id: "networking", name: "Networking", levels: { architect: "high", developer: "medium" } },
  { id: "devops-tools", name: "DevOps Tools", levels: { architect: "medium", developer: "high" } },
  {
    id: "infrastructure-design",
    name: "Infrastructure Design",
    levels: { architect: "very-high", developer: "medium" },
  },
  { id: "api-development", name: "API Development", levels: { architect: "low", developer: "high" } },
  {
    id: "security-architecture",
    name: "Security Architecture",
    levels: { architect: "high", developer: "medium" },
  },
];

/** AWS's certification levels, lowest first. */
export const certificationLevels: CertificationLevel[] = [
  {
    name: "Foundational",
    description:
      "A broad introduction to AWS and cloud concepts with no specific job role in mind; a useful but optional first badge.",
  },
  {
    name: "Associate",
    description:
      "Role-based exams for people with some hands-on AWS experience; Solutions Architect and Developer are the two this planner compares.",
  },
  {
    name: "Professional",
    description:
      "Advanced role-based exams that expect several years of designing, running or automating real workloads on AWS.",
  },
  {
    name: "Specialty",
    description: "Deep dives into a single technical area such as security or advanced networking.",
  },
];

/** Can you take both associate exams? Yes: architect first, then developer. */
export const bothStrategy: BothStrategy = {
  recommended: true,
  summary:
    "Plenty of people hold both associate certifications, and the pair gives a noticeably broader footing in the cloud than either one alone.",
  order: [
    {
      cert: "architect",
      why: "Start here to learn how AWS infrastructure fits together: networks, availability, security boundaries and cost.",
    },
    {
      cert: "developer",
      why: "Follow with this one to learn how applications plug into that infrastructure through APIs, SDKs and deployment pipelines.",
    },
  ],
  outcome: "Together they round you out as a cloud engineer who can both design a system and build on it.",
};

/** Which exam feels harder depends mostly on your background. */
export const difficultyByBackground: DifficultyNote[] = [
  {
    background: "Software developer",
    easierCert: "developer",
    reason:
      "The developer exam is usually the gentler one for you, because it centres on application logic and APIs you already work with.",
  },
  {
    background: "Infrastructure or DevOps professional",
    easierCert: "architect",
    reason:
      "The architect exam tends to feel more familiar, because it is about system design rather than code.",
  },
];

/** Applies whatever your background: both exams lean on the same core services. */
export const difficultyCommonGround =
  "Neither exam is easy without a firm grasp of the core AWS services; they simply use that knowledge in different ways.";
