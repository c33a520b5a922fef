import type { Random } from "./random";

/**
 * Hands out ids whose shape tells their kind apart at a glance (owners 9 digits from 1, users 8
 * digits from 6, teams 7 digits from 4, schedule groups 9 digits from 9, targets 10 digits from 3),
 * so a dashboard that mixes up owner and user ids fails visibly instead of by coincidence.
 */
export class IdFactory {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  owner(): string {
    return this.unique(() => String(this.random.int(100_000_000, 199_999_999)));
  }

  user(): string {
    return this.unique(() => String(this.random.int(60_000_000, 69_999_999)));
  }

  team(): string {
    return this.unique(() => String(this.random.int(4_000_000, 4_999_999)));
  }

  group(): string {
    return this.unique(() => String(this.random.int(900_000_000, 999_999_999)));
  }

  /** Target ids ascend with creation order, as HubSpot's do. */
  targetSequence(count: number): string[] {
    let id = this.random.int(3_100_000_000, 3_300_000_000);
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      id += this.random.int(1, 97);
      ids.push(String(id));
    }
    return ids;
  }

  private unique(make: () => string): string {
    for (;;) {
      const id = make();
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
