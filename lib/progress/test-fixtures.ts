/** Small hand-built curricula for the progress tests (not shipped data). */
import type { CertId, ExamDomain, Item, ItemSection, ItemStatus, SkillAreaId } from "../curriculum/types";
import type { ActivityEvent } from "./status";

export interface ItemSpec {
  section?: ItemSection;
  certs?: CertId[];
  domains?: string[];
  skills?: SkillAreaId[];
}

export function makeItem(id: string, spec: ItemSpec = {}): Item {
  return {
    id,
    title: `Item ${id}`,
    summary: `Summary of ${id}.`,
    section: spec.section ?? { kind: "step", step: "fundamentals" },
    certs: spec.certs ?? ["architect"],
    domains: spec.domains ?? [],
    taskStatements: [],
    skills: spec.skills ?? [],
    services: [],
    minutes: 30,
    links: [],
  };
}

export function makeDomain(id: string, weight: number): ExamDomain {
  return { id, title: `Domain ${id}`, weight, taskStatements: [] };
}

export function statusMap(entries: Record<string, ItemStatus>): Map<string, ItemStatus> {
  return new Map(Object.entries(entries));
}

/** An event marking `itemId` done (or `to`) at an ISO instant. */
export function ev(
  itemId: string,
  iso: string,
  to: ItemStatus = "done",
  from: ItemStatus = "todo",
): ActivityEvent {
  return { itemId, from, to, at: new Date(iso) };
}
