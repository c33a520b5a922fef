import { z } from "zod";
import { MAX_APPLY_CHANGES } from "@/lib/contracts/plan";
import { targetId } from "./schemas";

/**
 * What quota planning's write routes accept. A dry run reviews a whole plan; an apply writes at
 * most one HubSpot batch, so the browser sends a large plan in parts and shows progress between.
 */
export const MAX_DRY_RUN_CHANGES = 2_000;
export { MAX_APPLY_CHANGES };
export { PLAN_BODY_MAX_BYTES } from "./route-table";

const amount = z
  .string({ error: "amount must be a string holding a decimal number, like \"45000.50\"." })
  .regex(/^-?\d{1,30}(?:\.\d{1,30})?$/, "amount must be a plain decimal number, like \"45000.50\".");

const version = z.iso.datetime({ offset: true, error: "version must be the target's hs_lastmodifieddate as the grid loaded it." });

const change = z.strictObject({ targetId, amount, version, base: amount });

const changes = (max: number) =>
  z
    .array(change, { error: "changes must be a list of { targetId, amount, version, base }." })
    .min(1, "changes must hold at least one change.")
    .max(max, `At most ${max.toLocaleString("en-US")} changes at a time.`)
    .refine((list) => new Set(list.map((c) => c.targetId)).size === list.length, "Each target may appear once in changes.");

const strict = { error: (issue: { code: string; keys?: string[] }) => (issue.code === "unrecognized_keys" ? `Unknown field "${issue.keys?.[0]}".` : undefined) };

export const dryRunBody = z.strictObject({ changes: changes(MAX_DRY_RUN_CHANGES) }, strict);

export const applyBody = z.strictObject(
  {
    changes: changes(MAX_APPLY_CHANGES),
    notify: z.boolean({ error: "notify must be true or false." }),
    applyId: z.uuid({ error: "applyId must be a UUID naming this apply." }),
  },
  strict,
);
