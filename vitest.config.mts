import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // "server-only" throws outside a React Server Components bundle; unit tests exercise
      // server modules directly, so they get the package's no-op entry instead.
      "server-only": fileURLToPath(new URL("./tests/support/server-only.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/**/*.test.ts", "emulator/**/*.test.ts", "lib/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
  },
});
