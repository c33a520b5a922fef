import type { RatePolicy } from "../http/errors";
import type { Grant } from "../auth/tokens";
import { SlidingWindow } from "./window";

export type LimitKind = "standard" | "search";

export interface LimitSettings {
  tenSecondly: number;
  searchPerSecond: number;
}

export type Admission =
  | { allowed: true; headers: Record<string, string> }
  | { allowed: false; policy: RatePolicy; headers: Record<string, string> };

interface PortalLimits {
  id: number;
  timeZone: string;
  dailyLimit: number;
}

const TEN_SECONDS = 10_000;

/**
 * HubSpot's per-portal budgets: a rolling 10-second window for ordinary calls, a 1-second window for
 * search (which is exempt from the other and sends no headers), and a daily budget counted only for
 * private-app calls. A request answered 429 consumes nothing.
 */
export class RateLimiter {
  private standard = new Map<number, SlidingWindow>();
  private search = new Map<number, SlidingWindow>();
  private daily = new Map<number, { day: string; count: number }>();
  private readonly dayFormats = new Map<string, Intl.DateTimeFormat>();

  constructor(public settings: LimitSettings) {}

  configure(settings: LimitSettings): void {
    this.settings = settings;
    this.standard = new Map();
    this.search = new Map();
    this.daily = new Map();
  }

  admit(portal: PortalLimits, kind: LimitKind, grant: Grant, now = Date.now()): Admission {
    const daily = this.dailyUsage(portal, now);
    const countsDaily = grant.kind === "private";
    if (kind === "search") {
      const window = this.windowFor(this.search, portal.id, 1000);
      if (window.count(now) >= this.settings.searchPerSecond) return { allowed: false, policy: "SECONDLY", headers: {} };
      if (countsDaily && daily.count >= portal.dailyLimit) return { allowed: false, policy: "DAILY", headers: {} };
      window.add(now);
      if (countsDaily) daily.count += 1;
      return { allowed: true, headers: {} };
    }
    const window = this.windowFor(this.standard, portal.id, TEN_SECONDS);
    const used = window.count(now);
    if (used >= this.settings.tenSecondly) {
      return { allowed: false, policy: "TEN_SECONDLY_ROLLING", headers: this.headers(portal, grant, 0, daily.count) };
    }
    if (countsDaily && daily.count >= portal.dailyLimit) {
      return { allowed: false, policy: "DAILY", headers: this.headers(portal, grant, this.settings.tenSecondly - used, daily.count) };
    }
    window.add(now);
    if (countsDaily) daily.count += 1;
    return { allowed: true, headers: this.headers(portal, grant, this.settings.tenSecondly - used - 1, daily.count) };
  }

  refund(portal: PortalLimits, kind: LimitKind, grant: Grant, now = Date.now()): Record<string, string> {
    const windows = kind === "search" ? this.search : this.standard;
    windows.get(portal.id)?.removeLatest();
    const daily = this.dailyUsage(portal, now);
    if (grant.kind === "private" && daily.count > 0) daily.count -= 1;
    if (kind === "search") return {};
    const used = this.windowFor(this.standard, portal.id, TEN_SECONDS).count(now);
    return this.headers(portal, grant, this.settings.tenSecondly - used, daily.count);
  }

  private headers(portal: PortalLimits, grant: Grant, remaining: number, dailyUsed: number): Record<string, string> {
    const headers: Record<string, string> = {
      "X-HubSpot-RateLimit-Interval-Milliseconds": String(TEN_SECONDS),
      "X-HubSpot-RateLimit-Max": String(this.settings.tenSecondly),
      "X-HubSpot-RateLimit-Remaining": String(Math.max(0, remaining)),
    };
    // HubSpot has no daily limit for OAuth apps, so only private-app calls see the daily headers.
    if (grant.kind === "private") {
      headers["X-HubSpot-RateLimit-Daily"] = String(portal.dailyLimit);
      headers["X-HubSpot-RateLimit-Daily-Remaining"] = String(Math.max(0, portal.dailyLimit - dailyUsed));
    }
    return headers;
  }

  private windowFor(map: Map<number, SlidingWindow>, portalId: number, windowMs: number): SlidingWindow {
    let window = map.get(portalId);
    if (!window) {
      window = new SlidingWindow(windowMs);
      map.set(portalId, window);
    }
    return window;
  }

  /** The daily budget resets at midnight in the portal's own time zone. */
  private dailyUsage(portal: PortalLimits, now: number): { day: string; count: number } {
    let format = this.dayFormats.get(portal.timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat("en-CA", { timeZone: portal.timeZone });
      this.dayFormats.set(portal.timeZone, format);
    }
    const day = format.format(now);
    let usage = this.daily.get(portal.id);
    if (!usage || usage.day !== day) {
      usage = { day, count: 0 };
      this.daily.set(portal.id, usage);
    }
    return usage;
  }
}
