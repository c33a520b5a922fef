import "server-only";
import { log } from "@/lib/log";
import type { RedisLink } from "@/lib/redis/client";
import { sessionRedisKey } from "@/lib/redis/keys";
import type { MemorySessionLedger } from "./memory";
import type { SessionCheck, SessionLedger, SessionState } from "./types";

// One round trip per request: refuse a revoked or idle session, else note that it was used now.
const CHECK = `
local v = redis.call('GET', KEYS[1])
if v == 'revoked' then return 'revoked' end
local now = tonumber(ARGV[1])
local last = tonumber(v) or tonumber(ARGV[2])
if now - last > tonumber(ARGV[3]) then return 'idle' end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[4])
return 'active'`;

/**
 * The session ledger shared by every instance: one key per session, holding "revoked" or the
 * time it was last used, expiring with the session. Memory keeps a copy of everything this process
 * wrote and answers while Redis is away; sign-outs made during an outage are written to Redis when
 * it returns, so every instance learns of them.
 */
export class RedisSessionLedger implements SessionLedger {
  private readonly unsynced = new Map<string, number>();

  constructor(
    private readonly redis: RedisLink,
    private readonly memory: MemorySessionLedger,
  ) {
    redis.breaker.on("up", () => void this.sync());
  }

  async check(sid: string, at: SessionCheck): Promise<SessionState> {
    if (await this.memory.isRevoked(sid)) return "revoked";
    const shared = await this.redis.breaker.attempt("session check", () =>
      this.redis.client.eval(CHECK, 1, sessionRedisKey(sid), at.now, at.seenFallback, at.idleMs, Math.max(1, Math.ceil(at.keepMs))),
    );
    if (!shared.ok) return this.memory.check(sid, at);
    if (shared.value === "revoked" || shared.value === "idle") return shared.value;
    this.memory.seen(sid, at.now, at.keepMs);
    return "active";
  }

  async revoke(sid: string, keepMs: number): Promise<void> {
    await this.memory.revoke(sid, keepMs);
    const until = Date.now() + keepMs;
    const written = await this.write(sid, until);
    if (!written) this.unsynced.set(sid, until);
  }

  async isRevoked(sid: string): Promise<boolean> {
    if (await this.memory.isRevoked(sid)) return true;
    const shared = await this.redis.breaker.attempt("session check", () => this.redis.client.get(sessionRedisKey(sid)));
    return shared.ok && shared.value === "revoked";
  }

  private async write(sid: string, until: number): Promise<boolean> {
    const ms = until - Date.now();
    if (ms <= 0) return true;
    const done = await this.redis.breaker.attempt("session revoke", () => this.redis.client.set(sessionRedisKey(sid), "revoked", "PX", Math.ceil(ms)));
    return done.ok;
  }

  private async sync(): Promise<void> {
    for (const [sid, until] of [...this.unsynced]) {
      if (!(await this.write(sid, until))) return;
      this.unsynced.delete(sid);
    }
    log.info("sign-outs made while Redis was away are now shared");
  }
}
