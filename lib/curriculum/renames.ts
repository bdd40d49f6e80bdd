/**
 * Item ids are permanent: progress rows in the database point at them. If an
 * id ever has to change, keep the old one here (old id → new id) so stored
 * progress can be migrated, and keep the old id in `known-ids.ts`.
 */
export const itemIdRenames: Record<string, string> = {};
