import type { Config } from "tailwindcss";
import plugin from "tailwindcss/plugin";

/**
 * Goalboard's colours, in one place: each token is a CSS variable `--color-<name>` with a light and
 * a dark value, and a Tailwind colour of the same name (`bg-surface`, `text-fg-muted`,
 * `bg-status-good-bar`…). Components use these and nothing else; Recharts and inline styles use the
 * variables (`var(--color-chart-actual)`). The dark values apply when <html> has the class `dark`,
 * or follows the system (no `light` class) and the system is dark.
 *
 * Text tokens are paired with the backgrounds they sit on in tests/theme/tokens.test.ts, which
 * checks WCAG AA in both themes.
 */
export const TOKENS = {
  // Page and panels, from the page background up to the strongest fill.
  canvas: ["#f8fafc", "#0b1120"],
  surface: ["#ffffff", "#131b2e"],
  "surface-subtle": ["#f8fafc", "#182236"],
  "surface-muted": ["#f1f5f9", "#1e293b"],
  "surface-strong": ["#e2e8f0", "#334155"],
  // Text: primary, secondary (labels, captions), tertiary (notes, "No progress data").
  fg: ["#0f172a", "#f1f5f9"],
  "fg-muted": ["#334155", "#cbd5e1"],
  "fg-subtle": ["#475569", "#a3b1c6"],
  // Lines: row separators, panel edges, control edges.
  "line-subtle": ["#f1f5f9", "#1e293b"],
  line: ["#e2e8f0", "#2c3a52"],
  "line-strong": ["#cbd5e1", "#475569"],
  // Links and the accent fill (primary buttons, selected chips, the current period), text on fills.
  link: ["#1e40af", "#93c5fd"],
  accent: ["#1d4ed8", "#2563eb"],
  "accent-hover": ["#1e40af", "#1d4ed8"],
  "on-fill": ["#ffffff", "#ffffff"],
  focus: ["#2563eb", "#60a5fa"],
  // Behind a modal dialog: dims the page without hiding it.
  overlay: ["#0f172a66", "#00000099"],
  // HubSpot's orange, on the sign-in button only.
  hubspot: ["#c2410c", "#c2410c"],
  "hubspot-hover": ["#9a3412", "#9a3412"],
  // Today, on the charts and the timeline; its label pill, and the today column of a table.
  today: ["#b91c1c", "#f87171"],
  "on-today": ["#ffffff", "#0b1120"],
  "today-soft": ["#fef2f2", "#2a1519"],

  // Pace and outcome (components/status/status-style.ts): badge background and text, bar fill.
  "status-good-bg": ["#d1fae5", "#0b3b2e"],
  "status-good-fg": ["#064e3b", "#a7f3d0"],
  "status-good-bar": ["#059669", "#34d399"],
  "status-even-bg": ["#e0f2fe", "#0c3350"],
  "status-even-fg": ["#0c4a6e", "#bae6fd"],
  "status-even-bar": ["#0284c7", "#38bdf8"],
  "status-behind-bg": ["#fef3c7", "#402b07"],
  "status-behind-fg": ["#78350f", "#fde68a"],
  "status-behind-bar": ["#d97706", "#fbbf24"],
  "status-missed-bg": ["#ffe4e6", "#4a1022"],
  "status-missed-fg": ["#881337", "#fecdd3"],
  "status-missed-bar": ["#e11d48", "#fb7185"],
  "status-none-bg": ["#f1f5f9", "#1e293b"],
  "status-none-fg": ["#334155", "#cbd5e1"],
  "status-none-bar": ["#94a3b8", "#64748b"],

  // Alert boxes: soft background, edge, text, and a solid button.
  "danger-bg": ["#fef2f2", "#2a1417"],
  "danger-border": ["#fca5a5", "#7f1d1d"],
  "danger-fg": ["#7f1d1d", "#fecaca"],
  "danger-solid": ["#991b1b", "#b91c1c"],
  "danger-solid-hover": ["#7f1d1d", "#991b1b"],
  "warning-bg": ["#fffbeb", "#2b2108"],
  "warning-border": ["#fcd34d", "#854d0e"],
  "warning-fg": ["#78350f", "#fde68a"],
  "warning-solid": ["#92400e", "#a16207"],
  "warning-solid-hover": ["#78350f", "#854d0e"],
  "info-bg": ["#f0f9ff", "#0b2438"],
  "info-border": ["#7dd3fc", "#075985"],
  "info-fg": ["#0c4a6e", "#bae6fd"],
  "success-bg": ["#ecfdf5", "#062b21"],
  "success-fg": ["#064e3b", "#a7f3d0"],

  // Timeline bars by period status, and the hatching of a gap (no target).
  "timeline-active": ["#1d4ed8", "#2563eb"],
  "timeline-upcoming": ["#ddd6fe", "#3b2a6e"],
  "timeline-upcoming-fg": ["#2e1065", "#ede9fe"],
  "timeline-upcoming-ring": ["#7c3aed", "#a78bfa"],
  "timeline-ended": ["#64748b", "#64748b"],
  "timeline-gap": ["#94a3b8", "#64748b"],
  "timeline-gap-border": ["#64748b", "#94a3b8"],

  // Charts: period target bars (and the highlighted one), lines, grid, axes.
  "chart-bar": ["#bae6fd", "#1f4d70"],
  "chart-bar-highlight": ["#1d4ed8", "#60a5fa"],
  "chart-cumulative-target": ["#334155", "#cbd5e1"],
  "chart-cumulative-actual": ["#047857", "#34d399"],
  "chart-actual": ["#b45309", "#fbbf24"],
  "chart-grid": ["#e2e8f0", "#2c3a52"],
  "chart-axis": ["#475569", "#a3b1c6"],
  // Stacked series on the timeline (Okabe–Ito and Tableau hues, ordered so neighbours differ for
  // colour-blind readers too; the dark blues and browns lifted to stand off a dark panel).
  "chart-series-1": ["#0072B2", "#3a9ad9"],
  "chart-series-2": ["#E69F00", "#E69F00"],
  "chart-series-3": ["#009E73", "#1fb58a"],
  "chart-series-4": ["#CC79A7", "#CC79A7"],
  "chart-series-5": ["#56B4E9", "#56B4E9"],
  "chart-series-6": ["#D55E00", "#e8742a"],
  "chart-series-7": ["#F0E442", "#F0E442"],
  "chart-series-8": ["#4E79A7", "#7396c4"],
  "chart-series-9": ["#B07AA1", "#c693b8"],
  "chart-series-10": ["#59A14F", "#6fbf64"],
  "chart-series-11": ["#9C755F", "#b8917a"],
  "chart-series-12": ["#EDC948", "#EDC948"],
  "chart-series-other": ["#94a3b8", "#64748b"],
} as const satisfies Record<string, readonly [light: string, dark: string]>;

export type Token = keyof typeof TOKENS;

function variables(theme: 0 | 1): Record<string, string> {
  return Object.fromEntries(Object.entries(TOKENS).map(([name, values]) => [`--color-${name}`, values[theme]]));
}

const themeVariables = plugin(({ addBase }) => {
  addBase({
    // No class: follow the system. `light` or `dark` on <html>: the reader's choice (components/theme).
    ":root": { "color-scheme": "light dark", ...variables(0) },
    ":root.light": { "color-scheme": "light" },
    ":root.dark": { "color-scheme": "dark", ...variables(1) },
    "@media (prefers-color-scheme: dark)": { ":root:not(.light)": variables(1) },
    // A part of the page that keeps a theme of its own, whatever the reader's (the wallboard:
    // dark unless its URL says light). Later in the sheet than :root, so it wins inside.
    "[data-theme=light]": { "color-scheme": "light", ...variables(0) },
    "[data-theme=dark]": { "color-scheme": "dark", ...variables(1) },
  });
});

export default {
  // `dark:` matches what the tokens do; components should need it rarely, if ever.
  darkMode: ["variant", ["&:where(.dark, .dark *)", "@media (prefers-color-scheme: dark) { &:where(:root:not(.light), :root:not(.light) *) }"]],
  theme: {
    extend: {
      colors: Object.fromEntries(Object.keys(TOKENS).map((name) => [name, `var(--color-${name})`])),
    },
  },
  plugins: [themeVariables],
} satisfies Config;
