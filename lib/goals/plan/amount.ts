import { parseDecimal } from "../decimal";

/** HubSpot keeps numbers as doubles: 15 significant digits survive a round trip exactly. */
export const MAX_SIGNIFICANT_DIGITS = 15;

export type AmountCheck = { ok: true; value: string } | { ok: false; message: string };

const CURRENCY = /^[$€£¥]|^(?:USD|EUR|GBP)\s?/i;
const GROUPED = /^\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?:\.\d+)?$/;
const PLAIN = /^(?:\d+\.?\d*|\.\d+)$/;

/** Digits of a canonical decimal without leading or trailing zeros. */
export function significantDigits(decimal: string): number {
  return decimal.replace(/^-/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;
}

/** A target amount HubSpot can keep: a canonical, non-negative decimal within its precision. */
export function checkAmount(decimal: string): AmountCheck {
  const value = parseDecimal(decimal);
  if (value === null || !/^-?\d+(?:\.\d+)?$/.test(decimal.trim())) return { ok: false, message: `"${decimal}" is not a plain decimal number.` };
  if (value.startsWith("-")) return { ok: false, message: `${value} is negative; a target is zero or more.` };
  if (significantDigits(value) > MAX_SIGNIFICANT_DIGITS) {
    return { ok: false, message: `${value} has more than ${MAX_SIGNIFICANT_DIGITS} significant digits, more than HubSpot keeps.` };
  }
  return { ok: true, value };
}

/**
 * An amount as a person types or pastes it: "45000", "45,000.50", "$45,000", "45 000". Thousands
 * separators must group by three, so "4,5" (a decimal comma) is refused rather than read as 45.
 */
export function parseAmountInput(raw: string): AmountCheck {
  const text = raw.trim().replace(CURRENCY, "").trim();
  if (text === "") return { ok: false, message: "An amount is needed." };
  if (text.startsWith("-")) return { ok: false, message: `${raw.trim()} is negative; a target is zero or more.` };
  let plain: string;
  if (PLAIN.test(text)) plain = text;
  else if (GROUPED.test(text)) plain = text.replace(/[, \u00a0\u202f]/g, "");
  else if (/^\d+,\d+$/.test(text)) return { ok: false, message: `"${raw.trim()}": use a point for decimals (${text.replace(",", ".")}).` };
  else return { ok: false, message: `"${raw.trim()}" is not an amount.` };
  return checkAmount(plain.startsWith(".") ? `0${plain}` : plain.endsWith(".") ? plain.slice(0, -1) : plain);
}
