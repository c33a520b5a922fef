import { z } from "zod";
import type { TargetRecord } from "../model";

/**
 * Test switches that make HubSpot refuse writes the way a portal's own rules would: a goal family's
 * rules (by family uuid, or a standalone target's id), or one of the portal's property validation
 * rules (HubSpot enforces them on every CRM write since 2026-09), optionally only on some targets.
 */
export const writeRuleInputSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("family"),
      portalId: z.number().int(),
      goalId: z.string().min(1),
      message: z.string().min(1).optional(),
      times: z.number().int().positive().nullable().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal("validation"),
      portalId: z.number().int(),
      property: z.string().min(1),
      targetIds: z.array(z.string().regex(/^\d+$/)).min(1).optional(),
      message: z.string().min(1).optional(),
      times: z.number().int().positive().nullable().optional(),
    })
    .strict(),
]);

export type WriteRuleInput = z.infer<typeof writeRuleInputSchema>;

type WithoutTimes<T> = T extends unknown ? Omit<T, "times"> : never;

export type WriteRule = WithoutTimes<WriteRuleInput> & {
  id: string;
  /** Writes it still refuses; null = until cleared (the default). */
  remaining: number | null;
  hits: number;
};

export interface RuleViolation {
  rule: WriteRule;
  code: "GOAL_FAMILY_RULE_VIOLATION" | "VALIDATION_RULE_VIOLATION";
  property: string;
  message: string;
}

const familyOf = (record: TargetRecord) => (record.properties.hs_group_correlation_uuid ?? record.id).toLowerCase();

export class WriteRuleBook {
  private rules: WriteRule[] = [];
  private nextId = 1;

  add(input: WriteRuleInput): WriteRule {
    const { times, ...rest } = input;
    const rule = { ...rest, id: `write-rule-${this.nextId++}`, remaining: times ?? null, hits: 0 } as WriteRule;
    this.rules.push(rule);
    return rule;
  }

  list(): WriteRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.rules = [];
  }

  /**
   * The first rule that refuses writing `names` to `record` (undefined when creating), consumed
   * once. A validation rule limited to some targets never refuses a create.
   */
  check(portalId: number, record: TargetRecord | undefined, names: readonly string[]): RuleViolation | undefined {
    for (const rule of this.rules) {
      if (rule.portalId !== portalId || rule.remaining === 0) continue;
      const violation = this.violation(rule, record, names);
      if (!violation) continue;
      rule.hits += 1;
      if (rule.remaining !== null) rule.remaining -= 1;
      if (rule.remaining === 0) this.rules = this.rules.filter((candidate) => candidate !== rule);
      return violation;
    }
    return undefined;
  }

  private violation(rule: WriteRule, record: TargetRecord | undefined, names: readonly string[]): RuleViolation | undefined {
    if (rule.kind === "family") {
      if (!record || familyOf(record) !== rule.goalId.toLowerCase()) return undefined;
      const property = names[0] ?? "hs_group_correlation_uuid";
      const message = rule.message ?? `This change breaks the rules of the goal family ${rule.goalId}; HubSpot did not save it.`;
      return { rule, code: "GOAL_FAMILY_RULE_VIOLATION", property, message };
    }
    if (!names.includes(rule.property)) return undefined;
    if (rule.targetIds && (!record || !rule.targetIds.includes(record.id))) return undefined;
    const message = rule.message ?? `The value of ${rule.property} does not meet this portal's validation rule.`;
    return { rule, code: "VALIDATION_RULE_VIOLATION", property: rule.property, message };
  }
}
