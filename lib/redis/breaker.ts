import "server-only";
import { EventEmitter } from "node:events";
import type { Redis } from "ioredis";
import { log } from "@/lib/log";

export type Attempt<T> = { ok: true; value: T } | { ok: false };

export interface BreakerOptions {
  /** After a failed command, how long callers go straight to memory before Redis is tried again. */
  cooldownMs?: number;
  /** At start-up, how long a first call waits for the first connection instead of falling back. */
  firstConnectMs?: number;
}

/**
 * Decides, per call, whether Redis is used or memory answers instead. It opens when the connection
 * drops or a command fails (one warning per outage, not per call), and closes when ioredis has
 * reconnected or a later command succeeds, so an outage never pins the process to memory.
 *
 * Events: "down" (an outage began; work waiting on Redis should move to memory), "up".
 */
export class RedisBreaker extends EventEmitter {
  private openUntil = 0;
  private outage = false;
  private everReady = false;
  private readonly cooldownMs: number;
  private readonly firstReady: Promise<void>;

  constructor(
    private readonly client: Redis,
    options: BreakerOptions = {},
  ) {
    super();
    this.cooldownMs = options.cooldownMs ?? 1000;
    const firstConnectMs = options.firstConnectMs ?? 2000;
    this.everReady = client.status === "ready";
    this.firstReady = this.everReady
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, firstConnectMs);
          timer.unref?.();
          client.once("ready", () => {
            clearTimeout(timer);
            resolve();
          });
        });
    client.on("ready", () => {
      this.everReady = true;
      this.recovered();
    });
    client.on("close", () => this.trip("connection", new Error("connection to Redis closed")));
  }

  /** Resolves once the first connection is made (or given up on): only start-up ever waits here. */
  async started(): Promise<void> {
    if (!this.everReady) await this.firstReady;
  }

  /** Redis is connected and not cooling down after a failure. */
  get up(): boolean {
    return this.client.status === "ready" && Date.now() >= this.openUntil;
  }

  /** Runs one Redis operation; `{ ok: false }` means "use memory for this call". */
  async attempt<T>(what: string, run: () => Promise<T>): Promise<Attempt<T>> {
    await this.started();
    if (!this.up) {
      this.noteOutage(what, new Error(`Redis is ${this.client.status}`));
      return { ok: false };
    }
    try {
      const value = await run();
      if (this.outage) this.recovered();
      return { ok: true, value };
    } catch (error) {
      this.trip(what, error);
      return { ok: false };
    }
  }

  /** Something using Redis failed: open for a cool-down, and say so once per outage. */
  trip(what: string, error: unknown): void {
    this.openUntil = Math.max(this.openUntil, Date.now() + this.cooldownMs);
    this.noteOutage(what, error);
  }

  // Calls turned away during a cool-down do not extend it: the next call after it tries Redis again.
  private noteOutage(what: string, error: unknown): void {
    if (this.outage) return;
    this.outage = true;
    log.warn({ redis: what, err: error instanceof Error ? error.message : String(error) }, "Redis unavailable: serving from memory until it returns");
    this.emit("down");
  }

  private recovered(): void {
    this.openUntil = 0;
    if (!this.outage) return;
    this.outage = false;
    log.info("Redis reachable again: shared cache, budget and grants resumed");
    this.emit("up");
  }
}
