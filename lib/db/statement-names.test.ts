import { describe, expect, it } from "vitest";

import { statementNamer } from "./statement-names";

describe("statementNamer", () => {
  it("gives one text one name, every time", () => {
    const name = statementNamer();
    const first = name('SELECT 1 FROM "User" WHERE id = $1');
    expect(first).toMatch(/^s_[A-Za-z0-9_-]{22}$/);
    expect(name('SELECT 1 FROM "User" WHERE id = $1')).toBe(first);
  });

  it("gives different texts different names, the same in every namer (every process)", () => {
    const a = statementNamer();
    const b = statementNamer();
    const one = a("SELECT 1");
    const two = a("SELECT 2");
    expect(two).not.toBe(one);
    expect(b("SELECT 2")).toBe(two);
    // sha256("SELECT 1"), base64url, first 22 characters (printf "SELECT 1" | sha256sum).
    expect(one).toBe("s_4ATr1bVTKkuFmEpi-K1IqB");
  });

  it("runs texts past the cap unnamed, and keeps naming the ones it knows", () => {
    const name = statementNamer(2);
    const one = name("SELECT 1");
    name("SELECT 2");
    expect(name("SELECT 3")).toBe("");
    expect(name("SELECT 4")).toBe("");
    expect(name("SELECT 1")).toBe(one);
  });
});
