import type { PropertyValues, TargetRecord } from "../../model";
import { checkWrite } from "../../goals/write-values";
import type { ApiContext } from "../../routing/context";
import { type InputFailure, invalidPropertiesFailure, ruleFailure } from "./write-errors";

export type InputCheck = { ok: true; values: PropertyValues } | { ok: false; failure: InputFailure };

/**
 * What every write of a record goes through: property checks (unknown, read-only, malformed), then
 * the portal's rules switched on through the admin API. `record` is undefined for a create.
 */
export function checkInput(ctx: ApiContext, record: TargetRecord | undefined, properties: Record<string, unknown>): InputCheck {
  const portalId = ctx.portal.profile.portalId;
  const check = checkWrite(properties);
  if (!check.ok) return { ok: false, failure: invalidPropertiesFailure(portalId, check.problems) };
  const violation = ctx.state.writeRules.check(portalId, record, Object.keys(check.values));
  if (violation) return { ok: false, failure: ruleFailure(portalId, violation) };
  return { ok: true, values: check.values };
}

/** A new record's creator is the caller unless the write names one. */
export function withCreator(ctx: ApiContext, values: PropertyValues): PropertyValues {
  return { ...values, hs_created_by_user_id: values.hs_created_by_user_id ?? ctx.grant.userId };
}
