import { describe, it } from "vitest";

import { expectConsoleError } from "../support/console-guard";

describe("the console.error guard (tests/support/console-guard.ts)", () => {
  it.fails("fails a test that logs an error it did not declare", () => {
    console.error("Something broke in a way the test did not expect");
  });

  it("lets a test log the errors it declares", () => {
    expectConsoleError(/^Lost the connection/);
    console.error("Lost the connection to the database");
  });

  it.fails("still fails on an error other than the declared one", () => {
    expectConsoleError(/^Lost the connection/);
    console.error("Lost the connection to the database");
    console.error("Something else broke");
  });
});
