import { readdirSync } from "node:fs";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layers, written once: each part of the project and the other parts it may import (packages
 * are free, except in the pure layers below). Arrows point down, and a layer may skip one:
 *
 *   pages   app -> components -> lib/client -> lib/contracts, lib/goals
 *   API     app/api -> lib/api -> lib/server -> lib/hubspot, lib/auth -> lib/redis -> lib/env, lib/log
 *
 * A page (server component) gets its data from one lib/server loader; nothing but the API's route
 * wrapper and lib/server calls lib/hubspot; lib/contracts (the shapes that cross from the server
 * to the browser) and lib/goals (the goal maths) import no React and no I/O; nothing imports app/;
 * the emulator is a program of its own. Type imports count like any other. Every entry of lib/ must
 * be placed here, or the lint fails. Tests, e2e, bench and scripts may import what they test.
 */
const LAYERS = {
  app: ["components", "lib/client", "lib/server", "lib/auth", "lib/contracts", "lib/goals"],
  "app/api": ["lib/api", "lib/server", "lib/auth"],
  components: ["lib/client", "lib/contracts", "lib/goals"],
  "lib/client": ["lib/contracts", "lib/goals"],
  "lib/api": ["lib/server", "lib/auth", "lib/hubspot", "lib/contracts", "lib/goals", "lib/env.ts", "lib/log.ts", "lib/security-headers.ts"],
  "lib/server": ["lib/hubspot", "lib/auth", "lib/contracts", "lib/goals", "lib/env.ts", "lib/log.ts", "lib/process-singleton.ts"],
  "lib/hubspot": ["lib/redis", "lib/contracts", "lib/goals", "lib/env.ts", "lib/log.ts", "lib/process-singleton.ts"],
  "lib/auth": ["lib/redis", "lib/contracts", "lib/env.ts", "lib/log.ts", "lib/process-singleton.ts"],
  "lib/redis": ["lib/env.ts", "lib/log.ts", "lib/process-singleton.ts"],
  "lib/contracts": ["lib/goals"],
  "lib/goals": [],
  "lib/env.ts": [],
  "lib/log.ts": [],
  "lib/process-singleton.ts": [],
  "lib/security-headers.ts": [],
  "proxy.ts": ["lib/api", "lib/hubspot", "lib/contracts", "lib/goals", "lib/env.ts", "lib/security-headers.ts"],
  "instrumentation.ts": ["lib/api"],
  emulator: [],
};

/** Everything a layer can be kept from: the layers, and the programs around the app. */
const PARTS = [...Object.keys(LAYERS), "tests", "e2e", "bench", "scripts"];

const unplaced = readdirSync("lib").map((entry) => `lib/${entry}`).filter((entry) => !(entry in LAYERS));
if (unplaced.length) throw new Error(`eslint.config.mjs: place ${unplaced.join(", ")} in LAYERS (what it may import).`);

const within = (part, layer) => part === layer || layer.startsWith(`${part}/`) || part.startsWith(`${layer}/`);
const sourceFiles = (layer) => (/\.[mc]?[jt]sx?$/.test(layer) ? [layer] : [`${layer}/**/*.{ts,tsx,mts,js,mjs}`]);

const layerRules = Object.entries(LAYERS).map(([layer, allowed]) => ({
  name: `goalboard/layer:${layer}`,
  files: sourceFiles(layer),
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        zones: PARTS.filter((part) => !within(part, layer) && !allowed.some((ok) => within(part, ok))).map((part) => ({
          target: `./${layer}`,
          from: `./${part}`,
          message: `${layer} may import only ${allowed.join(", ") || "itself"} (layers: eslint.config.mjs).`,
        })),
      },
    ],
  },
}));

/** The goal maths and the wire shapes run on both sides: no React, no Next, no Node, no I/O. */
const pure = {
  name: "goalboard/pure",
  files: ["lib/goals/**/*.ts", "lib/contracts/**/*.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["react", "react-*", "react/*", "next", "next/*", "next-auth", "next-auth/*", "@tanstack/*", "server-only", "node:*", "fs", "http", "https", "net", "child_process", "ioredis", "pino", "lru-cache"],
            message: "lib/goals and lib/contracts are pure TypeScript: no React, no Next, no Node, no I/O.",
          },
        ],
      },
    ],
    "no-restricted-globals": ["error", "fetch", "XMLHttpRequest", "WebSocket", "localStorage", "sessionStorage", "document", "window", "process"],
  },
};

/** lib/hubspot/index.ts is the gateway's public surface: the rest of the server imports nothing deeper. */
const gatewaySurface = {
  name: "goalboard/gateway-surface",
  files: ["lib/server/**/*.ts", "lib/api/**/*.ts", "app/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      { patterns: [{ regex: "^(@/lib/|(\\.\\./)+(lib/)?)hubspot/", message: "Import the gateway from @/lib/hubspot, its public surface." }] },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", ".next-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench/results/**", "next-env.d.ts", ".local/**"] },
  ...layerRules,
  pure,
  gatewaySurface,
];
export default config;
