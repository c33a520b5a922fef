import { z } from "zod";

/** Body of `POST /__emulator/faults`. */
export const faultInputSchema = z
  .object({
    portalId: z.number().int().optional(),
    route: z.string().min(1).optional(),
    status: z.union([z.literal(401), z.literal(403), z.literal(429), z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).optional(),
    times: z.number().int().positive().nullable().optional(),
    latencyMs: z.number().int().nonnegative().optional(),
    hang: z.boolean().optional(),
    reset: z.boolean().optional(),
    malformedJson: z.boolean().optional(),
    policyName: z.enum(["TEN_SECONDLY_ROLLING", "DAILY"]).optional(),
    retryAfterSeconds: z.number().int().nonnegative().optional(),
    scope: z.string().min(1).optional(),
  })
  .strict();

export type FaultInput = z.infer<typeof faultInputSchema>;

export interface FaultRule extends Omit<FaultInput, "times"> {
  id: string;
  /** How many more matching requests the rule hits; null = until cleared. */
  remaining: number | null;
  /** How many requests it has hit so far. */
  hits: number;
}

/**
 * Injected failures. The first rule that matches a request (by portal and operation name, either
 * left out meaning "any") is applied and loses one of its remaining uses.
 */
export class FaultBook {
  private rules: FaultRule[] = [];
  private nextId = 1;

  add(input: FaultInput): FaultRule {
    const { times, ...rest } = input;
    const rule: FaultRule = { ...rest, id: `fault-${this.nextId++}`, remaining: times === undefined ? 1 : times, hits: 0 };
    this.rules.push(rule);
    return rule;
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }

  take(portalId: number | undefined, route: string): FaultRule | undefined {
    const rule = this.rules.find(
      (candidate) =>
        (candidate.remaining === null || candidate.remaining > 0) &&
        (candidate.route === undefined || candidate.route === route) &&
        (candidate.portalId === undefined || candidate.portalId === portalId),
    );
    if (!rule) return undefined;
    rule.hits += 1;
    if (rule.remaining !== null) rule.remaining -= 1;
    if (rule.remaining === 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
    return { ...rule };
  }
}
