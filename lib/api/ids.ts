/** HubSpot's id shapes, checked before anything is asked of HubSpot. Pure, for the proxy too. */

/** HubSpot record ids are positive 64-bit integers. */
const INT64_MAX = BigInt("9223372036854775807");

export const isRecordId = (value: string) => /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= INT64_MAX;

export const isFamilyId = (value: string) => /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(value);

/** A goal is a family (uuid), or a target standing alone (its record id). */
export const isGoalId = (value: string) => isRecordId(value) || isFamilyId(value);
