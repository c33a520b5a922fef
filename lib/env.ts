import "server-only";
import { z } from "zod";

/**
 * Server configuration, validated once. Everything is read at run time (never inlined at build
 * time), so one build serves the embedded demo and real HubSpot alike.
 */
const schema = z.object({
  HUBSPOT_CLIENT_ID: z.string().min(1, "HUBSPOT_CLIENT_ID is required (your HubSpot app's client id)"),
  HUBSPOT_CLIENT_SECRET: z.string().min(1, "HUBSPOT_CLIENT_SECRET is required"),
  HUBSPOT_API_BASE: z.url().default("https://api.hubapi.com"),
  HUBSPOT_AUTHORIZE_URL: z.url().default("https://app.hubspot.com/oauth/authorize"),
  /** HubSpot's current OAuth API under HUBSPOT_API_BASE: token, token/introspect, token/revoke. */
  HUBSPOT_OAUTH_PATH: z
    .string()
    .regex(/^(\/[A-Za-z0-9._-]+)+$/, "HUBSPOT_OAUTH_PATH is a path such as /oauth/2026-03 (no trailing slash)")
    .default("/oauth/2026-03"),
  HUBSPOT_TEN_SECONDLY_LIMIT: z.coerce.number().int().min(2).max(1000).default(100),
  HUBSPOT_SEARCH_PER_SECOND: z.coerce.number().int().min(1).max(50).default(5),
  /** Longest a single HubSpot try may take; it also never outlives its request's deadline. */
  HUBSPOT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Share of a portal's HubSpot budget one user may take (calls per second, concurrent calls). */
  HUBSPOT_USER_SHARE: z.coerce.number().min(0.1).max(1).default(0.5),
  /** Everything an API request does, HubSpot retries included, fits in this (ms). */
  API_DEADLINE_MS: z.coerce.number().int().min(1000).max(120_000).default(10_000),
  /** How long a page waits for HubSpot before it sends its shell and streams the rest (ms). */
  PAGE_HOLD_MS: z.coerce.number().int().min(0).max(10_000).default(1_500),
  /** How long HubSpot's "no such record" is remembered per portal, so asking again costs nothing (s). */
  NOT_FOUND_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  NEXTAUTH_URL: z.url(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be a long random string"),
  CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  CACHE_STALE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** A session unused this long ends (seconds). */
  SESSION_IDLE_SECONDS: z.coerce.number().int().min(5).max(30 * 86_400).default(8 * 3600),
  /** A session ends this long after sign-in, however active (seconds); the cookie expires with it. */
  SESSION_LIFETIME_SECONDS: z.coerce.number().int().min(60).max(90 * 86_400).default(7 * 86_400),
  REDIS_URL: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type ServerEnv = z.infer<typeof schema>;

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Goalboard is not configured:\n${problems}\nSee README.md, "Configuration".`);
  }
  cached = { ...parsed.data, HUBSPOT_API_BASE: parsed.data.HUBSPOT_API_BASE.replace(/\/+$/, "") };
  return cached;
}

/**
 * The few settings the proxy reads on every request (and the guard for methods Next.js cannot
 * route). Read as they are, not validated like serverEnv: the proxy's 404s, 405s and sign-in
 * redirects work while the rest of the configuration is incomplete, and the pages then say what
 * is missing.
 */
export function requestEnv(): { NEXTAUTH_URL?: string; NEXTAUTH_SECRET?: string; development: boolean } {
  return { NEXTAUTH_URL: process.env.NEXTAUTH_URL, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET, development: process.env.NODE_ENV === "development" };
}

/** Tests reconfigure the process between cases. */
export function resetServerEnvForTests(): void {
  cached = undefined;
}
