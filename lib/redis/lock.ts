import "server-only";
import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";

// Only the holder (same token) may extend or release: a lock that expired and was taken by another
// instance must not be extended or deleted by the first holder finishing late.
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * A short-lived Redis lock (SET NX PX) so that, of several instances missing the same answer, one
 * loads it and the others wait for it. It expires by itself if its holder dies.
 */
export class RedisLock {
  private constructor(
    private readonly client: Redis,
    readonly key: string,
    private readonly token: string,
    private readonly ttlMs: number,
  ) {}

  /** The lock, or null when another holder has it. */
  static async acquire(client: Redis, key: string, ttlMs: number): Promise<RedisLock | null> {
    const token = randomUUID();
    const ok = await client.set(key, token, "PX", ttlMs, "NX");
    return ok === "OK" ? new RedisLock(client, key, token, ttlMs) : null;
  }

  async extend(): Promise<boolean> {
    return (await this.client.eval(EXTEND, 1, this.key, this.token, this.ttlMs)) === 1;
  }

  async release(): Promise<void> {
    await this.client.eval(RELEASE, 1, this.key, this.token);
  }
}
