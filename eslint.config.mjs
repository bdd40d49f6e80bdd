import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    ".next/**",
    "out/**",
    "lib/generated/**",
    ".data/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
  ]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": ["error", { allow: ["warn", "error", "info"] }],
    },
  },
  {
    // Dates decide behaviour: "now" comes from lib/clock, which tests can pin.
    files: ["app/**", "lib/**", "proxy.ts"],
    ignores: ["lib/clock/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "Read the time from lib/clock (now() or requestNow()), so tests can pin it.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "Read the time from lib/clock (now() or requestNow()), so tests can pin it.",
        },
      ],
    },
  },
  {
    files: ["scripts/**", "prisma/**", "tests/**", "**/*.test.ts"],
    rules: { "no-console": "off" },
  },
]);
