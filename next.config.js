// @ts-check

import { STATIC_SECURITY_HEADERS } from "./lib/static-security-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "standalone",
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
