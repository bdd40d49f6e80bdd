/** The part of the TC39 Temporal API read here (TypeScript 5.9 has no types for it yet). */
interface TemporalNow {
  Now: { timeZoneId(): string };
}

/**
 * The device's IANA time zone, in the browser. `Temporal.Now.timeZoneId()` where the engine has
 * it (Chromium, Firefox) takes about 0.1 ms; the first `Intl.DateTimeFormat()` of a page takes
 * 40–100 ms of main thread in Chromium while ICU loads its date data, a long task on every
 * signed-in page (ADR 043). Other engines fall back to Intl.
 */
export function deviceTimeZone(): string | undefined {
  const temporal = (globalThis as { Temporal?: TemporalNow }).Temporal;
  if (temporal) {
    try {
      return temporal.Now.timeZoneId();
    } catch {
      // A partial implementation: Intl below still knows.
    }
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
