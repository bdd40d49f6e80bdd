export * from "./questions";
export * from "./recommend";
export * from "./skill-levels";
export * from "./start-plan";
