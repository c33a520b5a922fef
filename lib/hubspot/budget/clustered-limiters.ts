import "server-only";
import Bottleneck from "bottleneck";
import { budgetGroupKey } from "@/lib/redis/keys";

type Settings = Bottleneck.ConstructorOptions & { id: string; timeout: number };

/**
 * One clustered Bottleneck limiter per portal, like Bottleneck.Group, with two differences that
 * matter when Redis comes and goes: a limiter whose set-up failed (Redis dropped while it was being
 * created; Bottleneck never retries that) is replaced by a fresh one on next use, and idle limiters
 * are dropped locally without deleting the keys other instances still use (those expire in Redis by
 * themselves, `timeout` after their last call).
 */
export class ClusteredLimiters {
  private readonly limiters = new Map<number, { limiter: Bottleneck; lastUsed: number }>();
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(
    private readonly settings: Settings,
    private readonly onError: (error: unknown) => void,
  ) {
    this.sweeper = setInterval(() => this.sweep(), settings.timeout / 2);
    this.sweeper.unref?.();
  }

  for(portalId: number): Bottleneck {
    let held = this.limiters.get(portalId);
    if (!held) {
      const limiter = new Bottleneck({ ...this.settings, id: `${this.settings.id}-${budgetGroupKey(portalId)}` });
      limiter.on("error", this.onError);
      limiter.ready().catch((error: unknown) => {
        this.onError(error);
        void this.drop(portalId, limiter);
      });
      held = { limiter, lastUsed: 0 };
      this.limiters.set(portalId, held);
    }
    held.lastUsed = Date.now();
    return held.limiter;
  }

  /**
   * Redis went away: every limiter is stopped, which hands the calls still waiting in it back to
   * the caller (rejected before they ran), and fresh limiters are made once Redis is back. Left in
   * place, those calls would each spend a unit of the shared budget on nothing when Redis returns.
   */
  abandonAll(): void {
    for (const portalId of [...this.limiters.keys()]) void this.drop(portalId, undefined, true);
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.all([...this.limiters.keys()].map((portalId) => this.drop(portalId)));
  }

  private sweep(): void {
    const idleSince = Date.now() - this.settings.timeout;
    for (const [portalId, { limiter, lastUsed }] of this.limiters) {
      const counts = limiter.counts();
      const busy = (counts.RECEIVED ?? 0) + (counts.QUEUED ?? 0) + (counts.RUNNING ?? 0) + (counts.EXECUTING ?? 0);
      if (lastUsed < idleSince && busy === 0) void this.drop(portalId, limiter);
    }
  }

  private async drop(portalId: number, only?: Bottleneck, dropWaiting = false): Promise<void> {
    const held = this.limiters.get(portalId);
    if (!held || (only && held.limiter !== only)) return;
    this.limiters.delete(portalId);
    if (dropWaiting) held.limiter.stop({ dropWaitingJobs: true }).catch(() => undefined);
    // Shared connection: this unsubscribes and stops the heartbeat, and leaves the keys alone.
    // (Bottleneck returns no promise in that case, despite its typings.)
    try {
      await held.limiter.disconnect(false);
    } catch {
      // Redis is away: nothing to unsubscribe from.
    }
  }
}
