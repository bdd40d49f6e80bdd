// @ts-check

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
  // The embedded database applies these at start-up, so the standalone server needs them.
  outputFileTracingIncludes: { "/*": ["./prisma/migrations/**/*"] },
};

export default nextConfig;
