import { z } from "zod";

/**
 * Round-trip time the emulator adds before answering a HubSpot call, so that a client's caching and
 * concurrency can be judged against an upstream that is as far away as HubSpot is. Off by default:
 * tests and the demo answer from memory at once.
 */
export const ROUTE_KINDS = ["read", "search", "oauth", "write"] as const;
export type RouteKind = (typeof ROUTE_KINDS)[number];

/** A fixed delay plus a jitter drawn evenly from [0, jitterMs]. */
export interface Delay {
  fixedMs: number;
  jitterMs: number;
}

export type LatencyProfile = Record<RouteKind, Delay>;

const none: Delay = { fixedMs: 0, jitterMs: 0 };

/**
 * `hubspot` stands for a server in the same region as HubSpot's API calling it over the internet.
 * HubSpot publishes no latency figures; these are typical round trips (TLS connection already open)
 * for each kind of call: a read of a record or page, a CRM search (slower: it queries a search index),
 * an OAuth token call, and a write.
 */
export const LATENCY_PRESETS = {
  off: { read: none, search: none, oauth: none, write: none },
  hubspot: {
    read: { fixedMs: 80, jitterMs: 70 },
    search: { fixedMs: 160, jitterMs: 140 },
    oauth: { fixedMs: 100, jitterMs: 80 },
    write: { fixedMs: 200, jitterMs: 150 },
  },
} satisfies Record<string, LatencyProfile>;

export type LatencyPreset = keyof typeof LATENCY_PRESETS;

const presetNames = Object.keys(LATENCY_PRESETS) as [LatencyPreset, ...LatencyPreset[]];
const delaySchema = z.object({ fixedMs: z.number().int().min(0).max(60_000), jitterMs: z.number().int().min(0).max(60_000) }).strict();

/** What `EmulatorOptions.latency` and `POST /__emulator/latency` take: a preset, then per-kind overrides. */
export const latencyInputSchema = z
  .object({
    preset: z.enum(presetNames).optional(),
    read: delaySchema.optional(),
    search: delaySchema.optional(),
    oauth: delaySchema.optional(),
    write: delaySchema.optional(),
  })
  .strict();

export type LatencyInput = z.infer<typeof latencyInputSchema>;

/** The profile `input` describes: its preset (or `base` without one) with the kinds it names replaced. */
export function resolveLatency(input: LatencyInput | undefined, base: LatencyProfile = LATENCY_PRESETS.off): LatencyProfile {
  const start = input?.preset ? LATENCY_PRESETS[input.preset] : base;
  const profile = { ...start };
  for (const kind of ROUTE_KINDS) {
    const delay = input?.[kind];
    if (delay) profile[kind] = { ...delay };
  }
  return profile;
}

/**
 * Parses the command-line form: comma-separated presets and `kind=fixed[+jitter]` items, later ones
 * winning, e.g. `hubspot`, `hubspot,search=300+200` or `read=50+20,write=150`. Throws on anything else.
 */
export function parseLatencySpec(spec: string): LatencyInput {
  const input: LatencyInput = {};
  for (const item of spec.split(",").map((part) => part.trim()).filter(Boolean)) {
    if (item in LATENCY_PRESETS) {
      const preset = item as LatencyPreset;
      for (const kind of ROUTE_KINDS) delete input[kind];
      input.preset = preset;
      continue;
    }
    const match = /^(\w+)=(\d+)(?:\+(\d+))?$/.exec(item);
    if (!match || !(ROUTE_KINDS as readonly string[]).includes(match[1])) {
      throw new Error(`"${item}" is neither a preset (${presetNames.join(", ")}) nor kind=fixed[+jitter] with kind one of ${ROUTE_KINDS.join(", ")}`);
    }
    input[match[1] as RouteKind] = { fixedMs: Number(match[2]), jitterMs: Number(match[3] ?? 0) };
  }
  const checked = latencyInputSchema.safeParse(input);
  if (!checked.success) throw new Error(checked.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
  return checked.data;
}

/** `read 80+70 ms, search 160+140 ms, …`, or `none`. */
export function describeLatency(profile: LatencyProfile): string {
  const parts = ROUTE_KINDS.filter((kind) => profile[kind].fixedMs + profile[kind].jitterMs > 0).map(
    (kind) => `${kind} ${profile[kind].fixedMs}+${profile[kind].jitterMs} ms`,
  );
  return parts.length ? parts.join(", ") : "none";
}

/** Milliseconds to wait before answering one call of `kind`; `random` in [0, 1). */
export function drawDelay(profile: LatencyProfile, kind: RouteKind, random: () => number = Math.random): number {
  const { fixedMs, jitterMs } = profile[kind];
  return fixedMs + (jitterMs > 0 ? Math.round(random() * jitterMs) : 0);
}

/** How a route's round trip is timed: OAuth and the consent page, search, other reads, and writes. */
export function routeKind(route: { auth: "bearer" | "none"; method: string; operation?: string; limit?: string }): RouteKind {
  if (route.auth === "none") return "oauth";
  if (route.limit === "search") return "search";
  if (route.method === "GET" || route.operation?.endsWith(".batchRead")) return "read";
  return "write";
}
