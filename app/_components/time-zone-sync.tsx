"use client";

import { useEffect } from "react";

import { saveTimeZone } from "@/lib/actions/plan";

import { deviceTimeZone } from "./device-time-zone";

/**
 * Streaks and the heatmap count days in the user's time zone, which only the
 * browser knows. Stores it when it differs from the saved one (UTC until then).
 */
export function TimeZoneSync({ saved }: { saved: string }) {
  useEffect(() => {
    const zone = deviceTimeZone();
    if (zone && zone !== saved) void saveTimeZone({ timeZone: zone });
  }, [saved]);
  return null;
}
