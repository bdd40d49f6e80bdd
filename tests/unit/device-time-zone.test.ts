import { afterEach, describe, expect, it, vi } from "vitest";

import { deviceTimeZone } from "@/app/_components/device-time-zone";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("deviceTimeZone", () => {
  it("asks Temporal first where the engine has it", () => {
    vi.stubGlobal("Temporal", { Now: { timeZoneId: () => "Pacific/Auckland" } });
    expect(deviceTimeZone()).toBe("Pacific/Auckland");
  });

  it("falls back to Intl without Temporal", () => {
    vi.stubGlobal("Temporal", undefined);
    const spy = vi
      .spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions")
      .mockReturnValue({ timeZone: "America/Lima" } as Intl.ResolvedDateTimeFormatOptions);
    expect(deviceTimeZone()).toBe("America/Lima");
    spy.mockRestore();
  });

  it("falls back to Intl when Temporal throws", () => {
    vi.stubGlobal("Temporal", {
      Now: {
        timeZoneId: () => {
          throw new RangeError("not supported");
        },
      },
    });
    const spy = vi
      .spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions")
      .mockReturnValue({ timeZone: "Asia/Kolkata" } as Intl.ResolvedDateTimeFormatOptions);
    expect(deviceTimeZone()).toBe("Asia/Kolkata");
    spy.mockRestore();
  });
});
