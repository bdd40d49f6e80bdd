// @ts-check

import { STATIC_SECURITY_HEADERS } from "./lib/static-security-headers.js";

/**
 * Route files named `*.bench.tsx` (app/bench: the benchmark's baselines) are routes only in a build
 * made with BENCH_ROUTES=1, which `npm run bench` does; any other build has no /bench route at all.
 * Read from process.env on purpose: a build-time switch of the benchmark, not app configuration.
 */
const pageExtensions = ["tsx", "ts", "jsx", "js"];
if (process.env.BENCH_ROUTES === "1") pageExtensions.unshift("bench.tsx", "bench.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "standalone",
  pageExtensions,
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // `next dev` opened on 127.0.0.1 does not hydrate without this (tests use 127.0.0.1).
  allowedDevOrigins: ["127.0.0.1"],
  typedRoutes: true,
  // Never print server action arguments (form data holds passwords) in the dev log.
  logging: { serverFunctions: false },
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
  // The embedded database applies these at start-up, so the standalone server needs them.
  outputFileTracingIncludes: { "/*": ["./prisma/migrations/**/*"] },
};

export default nextConfig;
