import { createParser } from "nuqs";
import { AT_RISK_THRESHOLD } from "@/lib/goals/at-risk";

const DEFAULT_PERCENT = Math.round(AT_RISK_THRESHOLD * 100);

/**
 * The at-risk threshold as whole percent in the URL (`risk=85`): a projected attainment below it
 * is flagged. Anything but a whole number from 1 to 100 reads as the default, 90.
 */
export const parseAsRiskPercent = createParser({
  parse: (value: string) => {
    if (!/^\d{1,3}$/.test(value)) return null;
    const percent = Number(value);
    return percent >= 1 && percent <= 100 ? percent : null;
  },
  serialize: (percent: number) => String(percent),
}).withDefault(DEFAULT_PERCENT);
