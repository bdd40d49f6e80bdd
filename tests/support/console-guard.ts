import { format } from "node:util";

import { afterEach, beforeEach, vi } from "vitest";

/**
 * Every Vitest test fails on a `console.error` it did not declare: an error the code logs and
 * survives is still a bug or a missing assertion. A test that expects one says so first:
 *
 *   expectConsoleError(/database unreachable/);
 *
 * The message still prints, so a failure shows what was logged.
 */
let allowed: RegExp[] = [];
let logged: string[] = [];

export function expectConsoleError(...patterns: RegExp[]) {
  allowed.push(...patterns);
}

beforeEach(() => {
  allowed = [];
  logged = [];
  const original = console.error.bind(console);
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    logged.push(format(...args));
    original(...args);
  });
});

afterEach(() => {
  vi.mocked(console.error).mockRestore();
  const unexpected = logged.filter((message) => !allowed.some((pattern) => pattern.test(message)));
  if (unexpected.length > 0) {
    throw new Error(
      `Unexpected console.error (declare it with expectConsoleError(/…/) if the test expects it):\n${unexpected
        .map((message) => `  ${message.split("\n")[0]}`)
        .join("\n")}`,
    );
  }
});
