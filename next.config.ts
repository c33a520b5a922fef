import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // pino and ioredis are server-side Node libraries; bundling them breaks their worker/thread loading.
  serverExternalPackages: ["pino", "ioredis", "bottleneck"],
};

export default nextConfig;
