"use client";

import { disableCalendarFeed, enableCalendarFeed } from "@/lib/actions/schedule";

import { PrivateLink } from "./private-link";

/** The private calendar subscription: create, copy, replace or turn off its address. */
export function CalendarSettings({ initialToken, origin }: { initialToken: string | null; origin: string }) {
  return (
    <PrivateLink
      intro="Subscribe to your schedule from Google Calendar, Apple Calendar or Outlook: your exam dates and one event per study week, kept up to date as you tick items and change your plan. The address is private: anyone who has it can read your schedule, so replace it if it leaks."
      initialSecret={initialToken}
      secretOf={(data: { token: string | null }) => data.token}
      linkOf={(token) => {
        const https = `${origin}/calendar/${token}.ics`;
        return { shown: https.replace(/^https?:/, "webcal:"), copied: https };
      }}
      create={() => enableCalendarFeed({})}
      turnOff={() => disableCalendarFeed({})}
      labels={{
        copy: "Copy calendar link",
        renew: "New calendar link (the old one stops working)",
        off: "Turn off the calendar link",
        create: "Create a calendar link",
      }}
    />
  );
}
