"use client";

import { disableSharing, enableSharing } from "@/lib/actions/portability";

import { PrivateLink } from "./private-link";

/** The public progress page: create, copy, replace or turn off its address. */
export function ShareSettings({ initialSlug, origin }: { initialSlug: string | null; origin: string }) {
  return (
    <PrivateLink
      intro="A read-only page with your progress, streak and activity. It never shows your email or notes. Anyone with the link can see it."
      initialSecret={initialSlug}
      secretOf={(data: { slug: string | null }) => data.slug}
      linkOf={(slug) => ({ shown: `${origin}/u/${slug}`, copied: `${origin}/u/${slug}` })}
      create={() => enableSharing({})}
      turnOff={() => disableSharing({})}
      labels={{
        copy: "Copy link",
        renew: "New link (the old one stops working)",
        off: "Turn off sharing",
        create: "Create a public progress link",
      }}
    />
  );
}
