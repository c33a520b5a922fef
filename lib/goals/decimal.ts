import { boundedMemo } from "./bounded-memo";
import { FIXED_SCALE, divideRounded, fromFixedPoint, toFixedPoint } from "./fixed-point";

/**
 * Exact decimal arithmetic over the model's decimal strings. Amounts are money, and float sums drift
 * (0.1 + 0.2), so every aggregate is computed on the bigint fixed point of fixed-point.ts (20
 * places, the precision HubSpot's amounts never approach) and only display code turns them into
 * numbers. Sums, differences and comparisons are exact; a product or quotient is rounded once, half
 * away from zero, at the 20th place.
 */

// No "1e999999": a three-digit exponent at most, so no input can ask for a million-digit string.
const DECIMAL_PATTERN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,3}))?$/;
const PLAIN_PATTERN = /^-?\d+(?:\.\d+)?$/;
const MAX_EXPONENT = 30;

/**
 * Plain notation ("1.5e3" → "1500", ".5" → "0.5") of a decimal, or null when the text is not one.
 * With a limit, a value whose leading digit lies more than `limit` places from the point is null too.
 */
function plain(text: string, limit = Infinity): string | null {
  const match = DECIMAL_PATTERN.exec(text);
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) return null;
  const [, sign, whole, fraction = "", exponent = "0"] = match;
  const digits = whole + fraction;
  const lead = digits.search(/[1-9]/);
  if (lead === -1) return "0";
  const significant = digits.slice(lead);
  // Where the point falls within the significant digits.
  const point = whole.length + Number(exponent) - lead;
  if (Math.abs(point - 1) > limit) return null;
  let body: string;
  if (point <= 0) body = `0.${"0".repeat(-point)}${significant}`;
  else if (point >= significant.length) body = significant + "0".repeat(point - significant.length);
  else body = `${significant.slice(0, point)}.${significant.slice(point)}`;
  return sign === "-" ? `-${body}` : body;
}

/**
 * Amounts as HubSpot sends them ("45000.00") and their sums: the texts roll-ups read again and
 * again. Computed figures (an expected by today to 20 places) differ with every "now", and a
 * screen that recomputes every minute for days would otherwise fill the memo with them.
 */
const MEMO_TEXT = /^-?\d{1,20}(?:\.\d{1,4})?$/;
const readings = boundedMemo<bigint>(50_000);

/** The fixed-point value of a decimal string or a finite number; throws on anything else. */
export function exact(value: string | number): bigint {
  if (typeof value === "number" && !Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const text = String(value);
  // Roll-ups parse the same amounts again for every assignee, period and total they appear in. Only
  // amount-sized texts are kept, so what the memo holds stays small whatever a portal stores.
  return MEMO_TEXT.test(text) ? readings(text, () => parseExact(text)) : parseExact(text);
}

function parseExact(text: string): bigint {
  if (PLAIN_PATTERN.test(text)) return toFixedPoint(text);
  const expanded = plain(text);
  if (expanded === null) throw new TypeError(`Not a decimal number: ${JSON.stringify(text)}`);
  return toFixedPoint(expanded);
}

/** A decimal string in canonical form, or null when the input is not a plain decimal number. */
export function parseDecimal(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const expanded = plain(raw.trim(), MAX_EXPONENT);
  return expanded === null ? null : fromFixedPoint(toFixedPoint(expanded));
}

/** Rounds a / b half away from zero for a divisor of either sign; b must not be zero. */
function quotient(a: bigint, b: bigint): bigint {
  return b < 0n ? divideRounded(-a, -b) : divideRounded(a, b);
}

export function add(a: string, b: string): string {
  return fromFixedPoint(exact(a) + exact(b));
}

export function subtract(a: string, b: string): string {
  return fromFixedPoint(exact(a) - exact(b));
}

export function multiply(a: string, b: string | number): string {
  return fromFixedPoint(divideRounded(exact(a) * exact(b), FIXED_SCALE));
}

/** a / b rounded to 20 decimal places; null when b is zero. */
export function divide(a: string, b: string | number): string | null {
  const divisor = exact(b);
  return divisor === 0n ? null : fromFixedPoint(quotient(exact(a) * FIXED_SCALE, divisor));
}

export function sum(values: readonly string[]): string {
  let total = 0n;
  for (const value of values) total += exact(value);
  return fromFixedPoint(total);
}

/** Arithmetic mean; null for an empty list, which has no mean (0 would look like a real value). */
export function mean(values: readonly string[]): string | null {
  if (values.length === 0) return null;
  return divide(sum(values), values.length);
}

/** a / b as a number for display (attainment, percentages); null when b is zero. */
export function ratio(a: string, b: string): number | null {
  const quotientText = divide(a, b);
  return quotientText === null ? null : Number(quotientText);
}

export function compare(a: string, b: string): -1 | 0 | 1 {
  const left = exact(a);
  const right = exact(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function isZero(value: string): boolean {
  return exact(value) === 0n;
}

/** Only for display and charts: the one place a decimal may lose precision. */
export function toNumber(value: string): number {
  return Number(fromFixedPoint(exact(value)));
}

/** value × fraction, e.g. a target pro-rated by elapsed time. */
export function scale(value: string, fraction: number | string): string {
  return multiply(value, fraction);
}

/** value × part / whole computed without an intermediate rounded fraction; used for time pro-rating. */
export function prorate(value: string, part: number, whole: number): string {
  if (whole === 0) throw new RangeError("Cannot pro-rate over an empty whole");
  return fromFixedPoint(quotient(exact(value) * exact(part), exact(whole)));
}
