import "server-only";
import Bottleneck from "bottleneck";
import type { RedisLink } from "@/lib/redis/client";

/** Bottleneck's own script errors, as Redis 7 reports them: `redis.error_reply()` prefixes "ERR ". */
const OWN_ERROR = /^ERR ((?:SETTINGS_KEY_NOT_FOUND|UNKNOWN_CLIENT|OVERWEIGHT)\b[\s\S]*)$/;

type ScriptFn = (...args: unknown[]) => unknown;
type Callback = (error: Error | null, replies: unknown) => void;
type ClusteredLimiter = Bottleneck & { channel_client(): string };
interface Internals {
  __scriptFn__(name: string): ScriptFn;
  __removeLimiter__(limiter: ClusteredLimiter): Promise<void>;
  subscriber: { unsubscribe(channel: string): Promise<unknown> };
  limiters: Record<string, Bottleneck>;
  terminated: boolean;
}

/**
 * Bottleneck's Redis connection over Goalboard's ioredis client, with two fixes to Bottleneck
 * 2.19.5 that matter once Redis can restart or keys expire:
 *
 * - It recognises its own script errors by exact message: on SETTINGS_KEY_NOT_FOUND (the limiter's
 *   keys expired, or Redis restarted empty) it re-creates them, on UNKNOWN_CLIENT it registers
 *   again. Redis 7 prefixes those messages with "ERR ", so without translation a limiter whose keys
 *   are gone fails every call from then on.
 * - It unsubscribes a removed limiter inside `forEach(async …)`: while Redis is away that failure
 *   is an unhandled rejection, which ends a Node process.
 */
export function clusterConnection(link: RedisLink): Bottleneck.IORedisConnection {
  const connection = new Bottleneck.IORedisConnection({ client: link.client, Redis: link.Redis });
  const internals = connection as unknown as Internals;
  internals.__removeLimiter__ = async (limiter) => {
    await Promise.all(
      [limiter.channel(), limiter.channel_client()].map(async (channel) => {
        // A channel left subscribed after an outage only delivers messages nobody listens to.
        if (!internals.terminated) await internals.subscriber.unsubscribe(channel).catch(() => undefined);
        delete internals.limiters[channel];
      }),
    );
  };
  const scriptFn = internals.__scriptFn__.bind(connection);
  internals.__scriptFn__ = (name) => {
    const run = scriptFn(name);
    return (...args) => {
      const callback = args.pop() as Callback;
      return run(...args, (error: Error | null, replies: unknown) => {
        const own = error ? OWN_ERROR.exec(error.message) : null;
        callback(own ? new Error(own[1]) : error, replies);
      });
    };
  };
  return connection;
}
