import { describe, expect, it } from "vitest";

import { parseTheme, themeSchema } from "./theme";

describe("the theme cookie", () => {
  it("reads light, dark and system", () => {
    expect(parseTheme("light")).toBe("light");
    expect(parseTheme("dark")).toBe("dark");
    expect(parseTheme("system")).toBe("system");
  });

  it("treats no cookie, or anything else, as system (follow the device)", () => {
    expect(parseTheme(undefined)).toBe("system");
    expect(parseTheme("")).toBe("system");
    expect(parseTheme("Dark")).toBe("system");
    expect(parseTheme("sepia")).toBe("system");
  });

  it("accepts only the three choices from the form", () => {
    expect(themeSchema.safeParse({ theme: "dark" }).success).toBe(true);
    expect(themeSchema.safeParse({ theme: "sepia" }).success).toBe(false);
    expect(themeSchema.safeParse({}).success).toBe(false);
  });
});
