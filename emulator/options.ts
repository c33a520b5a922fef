import { resolveLatency, type LatencyInput, type LatencyProfile } from "./latency";

/** Start-up options of the emulator and their defaults; `POST /__emulator/reset` returns to these. */
export interface EmulatorOptions {
  /** 0 = a random free port (default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Seed of the demo data (default 42). */
  seed?: number;
  /** Dates of the demo data are relative to this instant (default: start-up time). */
  now?: Date;
  /** Pad the demo portal with generated goal families until it holds at least this many targets. */
  targets?: number;
  /** Requests per rolling 10 seconds per portal (default 110, HubSpot's public-app burst limit). */
  tenSecondlyLimit?: number;
  /** Search requests per second per portal (default 5). */
  searchPerSecondLimit?: number;
  /** Lifetime of OAuth access tokens (default 1800 s, as HubSpot). */
  tokenTtlSeconds?: number;
  /** Suppress the request log. */
  quiet?: boolean;
  /** Round trip added to every HubSpot call, by kind (default: none). See latency.ts. */
  latency?: LatencyInput;
}

export type ResolvedOptions = Required<Omit<EmulatorOptions, "targets" | "latency">> & { targets: number | undefined; latency: LatencyProfile };

export function resolveOptions(options: EmulatorOptions = {}): ResolvedOptions {
  return {
    port: options.port ?? 0,
    host: options.host ?? "127.0.0.1",
    seed: options.seed ?? 42,
    now: options.now ?? new Date(),
    targets: options.targets,
    tenSecondlyLimit: options.tenSecondlyLimit ?? 110,
    searchPerSecondLimit: options.searchPerSecondLimit ?? 5,
    tokenTtlSeconds: options.tokenTtlSeconds ?? 1800,
    quiet: options.quiet ?? false,
    latency: resolveLatency(options.latency),
  };
}
