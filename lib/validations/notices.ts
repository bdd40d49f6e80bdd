import { z } from "zod";

import { certifications } from "@/lib/curriculum";
import { versionNoticeId } from "@/lib/curriculum/versions";

/** The notices that exist: one per exam version that replaced another. */
export const NOTICE_IDS: readonly string[] = Object.values(certifications).flatMap((certification) =>
  certification.versions.slice(1).map((version) => versionNoticeId(version.exam.code)),
);

export const dismissNoticeSchema = z.object({
  notice: z
    .string({ error: "Missing notice." })
    .max(64, "Unknown notice.")
    .refine((id) => NOTICE_IDS.includes(id), "Unknown notice."),
});
