/** Anything the goal maths accepts as "a moment": a Date, an ISO string or epoch milliseconds. */
export type Instant = Date | string | number;

/** Epoch milliseconds of an instant; throws on garbage so a bad `now` never silently becomes NaN maths. */
export function toMillis(instant: Instant): number {
  const ms =
    typeof instant === "number" ? instant : typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return ms;
}

/** The model's canonical instant form, so strings sort chronologically. */
export function toIso(ms: number): string {
  return new Date(ms).toISOString();
}
