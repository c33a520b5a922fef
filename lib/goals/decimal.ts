import Big from "big.js";

/**
 * Exact decimal arithmetic over the model's decimal strings. Amounts are money, and float sums drift
 * (0.1 + 0.2), so every aggregate goes through big.js and only display code turns them into numbers.
 */

// A private constructor so another module changing Big.DP or Big.RM cannot change our results.
const Dec = Big();
Dec.DP = 20;
Dec.RM = 1;

// big.js takes no leading "+" and would happily build a million-digit string from "1e999999".
const DECIMAL_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?$/;
const MAX_EXPONENT = 30;

function big(value: string | number): Big {
  return new Dec(value);
}

/** A Big from our private constructor, for modules that need to accumulate without string round-trips. */
export function exact(value: string | number | Big): Big {
  return new Dec(value);
}

/** Canonical plain-notation string; "-0" collapses to "0" so equal values print equally. */
export function normalize(value: Big): string {
  return value.eq(0) ? "0" : value.toFixed();
}

/** A decimal string in canonical form, or null when the input is not a plain decimal number. */
export function parseDecimal(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const text = raw.trim();
  if (!DECIMAL_PATTERN.test(text)) return null;
  const value = big(text.startsWith("+") ? text.slice(1) : text);
  if (!value.eq(0) && Math.abs(value.e) > MAX_EXPONENT) return null;
  return normalize(value);
}

export function isDecimal(raw: string): boolean {
  return parseDecimal(raw) !== null;
}

export function add(a: string, b: string): string {
  return normalize(big(a).plus(b));
}

export function subtract(a: string, b: string): string {
  return normalize(big(a).minus(b));
}

export function multiply(a: string, b: string | number): string {
  return normalize(big(a).times(b));
}

/** a / b rounded to 20 decimal places; null when b is zero. */
export function divide(a: string, b: string | number): string | null {
  const divisor = big(b);
  return divisor.eq(0) ? null : normalize(big(a).div(divisor));
}

export function sum(values: readonly string[]): string {
  let total = big(0);
  for (const value of values) total = total.plus(value);
  return normalize(total);
}

/** Arithmetic mean; null for an empty list, which has no mean (0 would look like a real value). */
export function mean(values: readonly string[]): string | null {
  if (values.length === 0) return null;
  return divide(sum(values), values.length);
}

/** a / b as a number for display (attainment, percentages); null when b is zero. */
export function ratio(a: string, b: string): number | null {
  const divisor = big(b);
  return divisor.eq(0) ? null : big(a).div(divisor).toNumber();
}

export function compare(a: string, b: string): -1 | 0 | 1 {
  return big(a).cmp(b);
}

export function isZero(value: string): boolean {
  return big(value).eq(0);
}

/** Only for display and charts: the one place a decimal may lose precision. */
export function toNumber(value: string): number {
  return big(value).toNumber();
}

/** value × fraction, e.g. a target pro-rated by elapsed time. */
export function scale(value: string, fraction: number | string): string {
  if (typeof fraction === "number" && !Number.isFinite(fraction)) {
    throw new RangeError(`Cannot scale by ${fraction}`);
  }
  return normalize(big(value).times(fraction));
}

/** value × part / whole computed without an intermediate rounded fraction; used for time pro-rating. */
export function prorate(value: string, part: number, whole: number): string {
  if (whole === 0) throw new RangeError("Cannot pro-rate over an empty whole");
  return normalize(big(value).times(part).div(whole));
}
