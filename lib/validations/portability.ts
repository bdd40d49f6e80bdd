import { z } from "zod";

import { IMPORT_MAX_BYTES } from "@/lib/portability/progress-file";

import { certIdSchema } from "./plan";

export const importSchema = z.object({
  text: z
    .string({ error: "Choose a file to import." })
    .min(1, "The file is empty.")
    .max(IMPORT_MAX_BYTES, "The file is too large (over 1 MB)."),
  mode: z.enum(["merge", "replace"], { error: "Choose merge or replace." }),
});

export const resetSchema = z.object({
  cert: certIdSchema,
  keepShared: z.boolean({ error: "Say whether to keep items shared with the other exam." }),
});
