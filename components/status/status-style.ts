import type { PaceStatus } from "@/lib/goals/pace";

/**
 * Which status colour each pace and outcome takes (the colours are theme tokens with light and
 * dark values, in tailwind.config.ts). Achieved shares ahead's colour and missed is the strongest warning.
 */
type Tone = "good" | "even" | "behind" | "missed" | "none";

const TONE: Record<PaceStatus, Tone> = {
  ahead: "good",
  achieved: "good",
  on_pace: "even",
  behind: "behind",
  missed: "missed",
  no_data: "none",
  not_started: "none",
};

// Whole class names, so Tailwind finds them in the source.
const BADGE: Record<Tone, string> = {
  good: "bg-status-good-bg text-status-good-fg",
  even: "bg-status-even-bg text-status-even-fg",
  behind: "bg-status-behind-bg text-status-behind-fg",
  missed: "bg-status-missed-bg text-status-missed-fg",
  none: "bg-status-none-bg text-status-none-fg",
};

const BAR: Record<Tone, string> = {
  good: "bg-status-good-bar",
  even: "bg-status-even-bar",
  behind: "bg-status-behind-bar",
  missed: "bg-status-missed-bar",
  none: "bg-status-none-bar",
};

/** The bar colours as SVG fills, for charts drawn by hand (attainment history). */
const FILL: Record<Tone, string> = {
  good: "fill-status-good-bar",
  even: "fill-status-even-bar",
  behind: "fill-status-behind-bar",
  missed: "fill-status-missed-bar",
  none: "fill-status-none-bar",
};

export const badgeClass = (status: PaceStatus) => BADGE[TONE[status]];
export const barClass = (status: PaceStatus) => BAR[TONE[status]];
export const fillClass = (status: PaceStatus) => FILL[TONE[status]];
