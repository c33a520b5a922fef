/**
 * Decimals as bigint counts of 10^-20: the one representation behind decimal.ts's string API, and
 * used directly by hot loops (bucketing 10,000 targets into weeks takes hundreds of thousands of
 * pro-rata steps) that would otherwise parse and print a string at every step.
 */

export const FIXED_PLACES = 20;
export const FIXED_SCALE = 10n ** BigInt(FIXED_PLACES);

/** Parses a plain-notation decimal string (as decimal.ts produces), rounding half up beyond 20 places. */
export function toFixedPoint(decimal: string): bigint {
  const negative = decimal.startsWith("-");
  const unsigned = negative || decimal.startsWith("+") ? decimal.slice(1) : decimal;
  const [whole, fraction = ""] = unsigned.split(".");
  const kept = fraction.slice(0, FIXED_PLACES).padEnd(FIXED_PLACES, "0");
  let value = BigInt(whole || "0") * FIXED_SCALE + BigInt(kept);
  if (fraction.length > FIXED_PLACES && fraction.charCodeAt(FIXED_PLACES) >= 53 /* "5" */) value += 1n;
  return negative ? -value : value;
}

/** Canonical decimal string: no trailing zeros, no "-0". */
export function fromFixedPoint(value: bigint): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const whole = magnitude / FIXED_SCALE;
  const fraction = (magnitude % FIXED_SCALE).toString().padStart(FIXED_PLACES, "0").replace(/0+$/, "");
  if (whole === 0n && fraction === "") return "0";
  return `${negative ? "-" : ""}${whole}${fraction === "" ? "" : `.${fraction}`}`;
}

/** numerator / denominator rounded half away from zero; the denominator must be positive. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError("Denominator must be positive");
  if (numerator >= 0n) return (2n * numerator + denominator) / (2n * denominator);
  return -((-2n * numerator + denominator) / (2n * denominator));
}
