import { exact } from "../decimal";
import { fromFixedPoint } from "../fixed-point";

/**
 * Splits `total` into parts proportional to `weights`, each a whole number of `step`s, so that the
 * parts add up to `total` exactly. Whole steps go out by largest remainder (Hamilton's method):
 * every part gets the floor of its share, and the steps left over go to the largest fractional
 * remainders, earliest part first on a tie. When the total is not itself a whole number of steps,
 * the residue below one step goes to the part with the largest weight (the earliest on a tie), the
 * one place a result may sit off the step.
 *
 * Weights are non-negative decimals; all zero (or none given a positive value) means equal parts.
 * The total and step are non-negative decimals, the step positive.
 */
export function allocate(total: string, weights: readonly string[], step: string): string[] {
  if (weights.length === 0) throw new RangeError("Nothing to spread over");
  const whole = exact(total);
  const unit = exact(step);
  if (whole < 0n) throw new RangeError("The total must not be negative");
  if (unit <= 0n) throw new RangeError("The step must be positive");
  let shares = weights.map((weight) => exact(weight));
  if (shares.some((share) => share < 0n)) throw new RangeError("Weights must not be negative");
  let weightSum = shares.reduce((sum, share) => sum + share, 0n);
  if (weightSum === 0n) {
    shares = shares.map(() => 1n);
    weightSum = BigInt(shares.length);
  }

  const units = whole / unit;
  const residue = whole - units * unit;
  const counts = shares.map((share) => (units * share) / weightSum);
  const remainders = shares.map((share, index) => ({ index, remainder: (units * share) % weightSum }));
  let left = units - counts.reduce((sum, count) => sum + count, 0n);
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    counts[index] += 1n;
    left -= 1n;
  }
  const parts = counts.map((count) => count * unit);
  if (residue > 0n) parts[largestIndex(shares)] += residue;
  return parts.map(fromFixedPoint);
}

function largestIndex(values: readonly bigint[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i += 1) if (values[i] > values[best]) best = i;
  return best;
}
