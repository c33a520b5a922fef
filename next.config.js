/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Parallel checkouts and benchmarks build side by side without overwriting each other.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // `npm test` runs tsc on the whole project just before building; no need to check twice there.
  typescript: { ignoreBuildErrors: process.env.NEXT_SKIP_TYPECHECK === "1" },
  // pino and ioredis are server-side Node libraries; bundling them breaks their worker/thread loading.
  serverExternalPackages: ["pino", "ioredis", "bottleneck"],
};

module.exports = nextConfig;
