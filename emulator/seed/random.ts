/**
 * A small seeded generator (mulberry32): the demo data must be identical for a given seed so that
 * tests and screenshots can rely on it, which rules out Math.random and crypto.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** A version-4-shaped UUID, as HubSpot uses for hs_group_correlation_uuid. */
  uuid(): string {
    const word = () => Math.floor(this.next() * 4294967296).toString(16).padStart(8, "0");
    const raw = word() + word() + word() + word();
    const variant = ((parseInt(raw[16], 16) & 0x3) | 0x8).toString(16);
    const s = `${raw.slice(0, 12)}4${raw.slice(13, 16)}${variant}${raw.slice(17)}`;
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}

/** Derive an independent stream per portal so adding data to one portal never shifts another. */
export function portalRandom(seed: number, portalId: number): Random {
  return new Random(Math.imul(seed ^ 0x9e3779b9, 31) ^ portalId);
}
