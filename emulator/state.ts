import { TokenRegistry } from "./auth/tokens";
import { CallCounter } from "./calls";
import { FaultBook } from "./faults/rules";
import { TargetStore } from "./goals/store";
import { WriteRuleBook } from "./goals/write-rules";
import { RateLimiter } from "./limits/rate-limiter";
import type { Directory, Pipelines, PortalProfile } from "./model";
import type { ResolvedOptions } from "./options";
import type { LatencyProfile } from "./latency";
import { seedPortals } from "./seed/portals";

export interface Portal {
  profile: PortalProfile;
  directory: Directory;
  pipelines: Pipelines;
  targets: TargetStore;
}

/** Everything the emulator remembers between requests. */
export class EmulatorState {
  portals = new Map<number, Portal>();
  readonly tokens: TokenRegistry;
  readonly faults = new FaultBook();
  readonly writeRules = new WriteRuleBook();
  readonly calls = new CallCounter();
  readonly limiter: RateLimiter;
  /** Round trip added to HubSpot calls; the admin API changes it. */
  latency: LatencyProfile;

  constructor(readonly options: ResolvedOptions) {
    this.latency = options.latency;
    this.tokens = new TokenRegistry(() => this.options.tokenTtlSeconds);
    this.limiter = new RateLimiter(this.startLimits());
    this.seed();
  }

  /** Back to the start-up data, limits, latency and counters; issued tokens stay valid. */
  reset(): void {
    this.seed();
    this.latency = this.options.latency;
    this.faults.clear();
    this.writeRules.clear();
    this.calls.reset();
    this.limiter.configure(this.startLimits());
  }

  private startLimits() {
    return { tenSecondly: this.options.tenSecondlyLimit, searchPerSecond: this.options.searchPerSecondLimit };
  }

  private seed(): void {
    const seeded = seedPortals({ seed: this.options.seed, now: this.options.now, targets: this.options.targets });
    this.portals = new Map(
      seeded.map((portal) => [
        portal.profile.portalId,
        { profile: portal.profile, directory: portal.directory, pipelines: portal.pipelines, targets: new TargetStore(portal.targets) },
      ]),
    );
  }
}
