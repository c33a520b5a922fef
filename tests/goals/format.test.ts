import { describe, expect, it } from "vitest";
import { formatAmount, formatDate, formatDateTime, formatMoney, formatNumber, formatPercent, formatPeriod } from "@/lib/goals/format";

// Intl separates with no-break and thin spaces; compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f\u2009]/g, " ");

describe("formatMoney", () => {
  it("formats in the currency and locale", () => {
    expect(formatMoney("1234.5", "USD", "en-US")).toBe("$1,234.50");
    expect(plain(formatMoney("1234.5", "EUR", "de-DE"))).toBe("1.234,50 €");
    expect(formatMoney("-20", "USD", "en-US")).toBe("-$20.00");
  });

  it("rounds to whole units when asked (the wallboard)", () => {
    expect(formatMoney("36512.5", "USD", "en-US", true)).toBe("$36,513");
    expect(formatMoney("1234.4", null, "en-US", true)).toBe("1,234");
  });

  it("keeps large amounts exact instead of rounding through a float", () => {
    expect(formatMoney("12345678901234567.12", "USD", "en-US")).toBe("$12,345,678,901,234,567.12");
  });

  it("falls back to a plain number without a usable currency", () => {
    expect(formatMoney("1234.5", null, "en-US")).toBe("1,234.5");
    expect(formatMoney("1234.5", "NOT-A-CODE", "en-US")).toBe("1,234.5 NOT-A-CODE");
    expect(formatMoney(null, "USD", "en-US")).toBe("—");
  });
});

describe("formatNumber and formatPercent", () => {
  it("formats counts with at most two decimals", () => {
    expect(formatNumber("1234567.891", "en-US")).toBe("1,234,567.89");
    expect(formatNumber(42, "en-US")).toBe("42");
    expect(formatNumber(null, "en-US")).toBe("—");
  });

  it("formats ratios as percentages", () => {
    expect(formatPercent(0.874, "en-US")).toBe("87%");
    expect(formatPercent(1.25, "en-US")).toBe("125%");
    expect(formatPercent(0.8745, "en-US", 1)).toBe("87.5%");
    expect(formatPercent(null, "en-US")).toBe("—");
    expect(formatPercent(Number.POSITIVE_INFINITY, "en-US")).toBe("—");
  });
});

describe("formatAmount", () => {
  it("picks the format from the unit", () => {
    expect(formatAmount("5000", "currency", "USD", { locale: "en-US" })).toBe("$5,000.00");
    expect(formatAmount("12", "count", "USD", { locale: "en-US" })).toBe("12");
    expect(formatAmount(null, "count", null, { locale: "en-US" })).toBe("—");
  });

  it("shows durations in hours, from milliseconds unless told otherwise", () => {
    expect(formatAmount("5400000", "duration", null, { locale: "en-US" })).toBe("1.5 hr");
    expect(formatAmount("90", "duration", null, { locale: "en-US", durationSource: "minute" })).toBe("1.5 hr");
    expect(formatAmount("2", "duration", null, { locale: "en-US", durationSource: "hour" })).toBe("2 hr");
  });
});

describe("formatDate", () => {
  it("shows the calendar date in the portal zone", () => {
    expect(formatDate("2026-03-01T03:00:00Z", "UTC", "en-US")).toBe("Mar 1, 2026");
    expect(formatDate("2026-03-01T03:00:00Z", "America/Los_Angeles", "en-US")).toBe("Feb 28, 2026");
  });
});

describe("formatDateTime", () => {
  it("shows the moment in the portal zone and names the zone", () => {
    expect(plain(formatDateTime("2025-12-12T15:04:31.219Z", "America/New_York", "en-US"))).toBe("Dec 12, 2025, 10:04 AM EST");
    expect(plain(formatDateTime("2026-07-01T03:30:00Z", "America/Los_Angeles", "en-US"))).toBe("Jun 30, 2026, 8:30 PM PDT");
  });
});

describe("formatPeriod", () => {
  it("shows the inclusive last day of an exclusive end", () => {
    expect(plain(formatPeriod("2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z", "UTC", "en-US"))).toBe("Jan 1 – 31, 2026");
    expect(plain(formatPeriod("2026-01-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z", "UTC", "en-US"))).toBe("Jan 1 – Mar 31, 2026");
  });

  it("shows a UTC-midnight month as that month in a zone behind UTC", () => {
    expect(plain(formatPeriod("2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z", "America/New_York", "en-US"))).toBe(
      "Feb 1 – 28, 2026",
    );
  });

  it("shows a month stored at local midnight the same way", () => {
    expect(plain(formatPeriod("2026-02-01T05:00:00.000Z", "2026-03-01T05:00:00.000Z", "America/New_York", "en-US"))).toBe(
      "Feb 1 – 28, 2026",
    );
  });

  it("shows a one-day period as one date and spans years", () => {
    expect(formatPeriod("2026-05-04T00:00:00.000Z", "2026-05-05T00:00:00.000Z", "UTC", "en-US")).toBe("May 4, 2026");
    expect(plain(formatPeriod("2025-12-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z", "UTC", "en-GB"))).toBe("1 Dec 2025 – 28 Feb 2026");
  });

  it("prints a repeated period the same for each zone and locale asked", () => {
    for (let round = 0; round < 2; round++) {
      expect(plain(formatPeriod("2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z", "UTC", "en-US"))).toBe("Feb 1 – 28, 2026");
      expect(plain(formatPeriod("2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z", "UTC", "en-GB"))).toBe("1 – 28 Feb 2026");
      // The same instants are midnights in Tokyo (2 February to 2 March) and mid-afternoon in UTC.
      expect(plain(formatPeriod("2026-02-01T15:00:00.000Z", "2026-03-01T15:00:00.000Z", "Asia/Tokyo", "en-US"))).toBe("Feb 2 – Mar 1, 2026");
      expect(plain(formatPeriod("2026-02-01T15:00:00.000Z", "2026-03-01T15:00:00.000Z", "UTC", "en-US"))).toBe("Feb 1 – Mar 1, 2026");
    }
  });
});
