import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TOKENS, type Token } from "@/tailwind.config";

/**
 * Every colour a component uses comes from the theme tokens, so it has a dark value too. These
 * checks read the source: a palette class (text-slate-700) or a literal colour (#fff) in app/ or
 * components/ would stay light in dark mode, and a variable naming no token would be no colour.
 */
const ROOT = join(__dirname, "../..");

function sources(dir: string): { path: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(tsx?|css)$/.test(name))
    .map((name) => ({ path: `${dir}/${name}`, text: readFileSync(join(ROOT, dir, name), "utf8") }));
}

const FILES = [...sources("app"), ...sources("components")];
const PALETTE = /\b(?:bg|text|border|ring|ring-offset|outline|fill|stroke|divide|from|via|to|decoration|placeholder|accent|caret|shadow)-(?:white|black|slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose)\b/g;
const LITERAL = /#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|oklch)\(/g;

function hits(pattern: RegExp): string[] {
  return FILES.flatMap(({ path, text }) => [...text.matchAll(pattern)].map((m) => `${path}: ${m[0]}`));
}

describe("colours in components", () => {
  it("reads the sources it checks", () => {
    expect(FILES.map((f) => f.path)).toEqual(expect.arrayContaining(["app/globals.css", "components/charts/target-chart.tsx"]));
  });

  it("uses no Tailwind palette colour", () => {
    expect(hits(PALETTE)).toEqual([]);
  });

  it("writes no colour literal", () => {
    expect(hits(LITERAL)).toEqual([]);
  });

  it("names only variables the theme defines", () => {
    const named = FILES.flatMap(({ path, text }) => [...text.matchAll(/var\(--color-([a-z0-9-]+)\)/g)].map((m) => ({ path, token: m[1] })));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter(({ token }) => !(token in TOKENS))).toEqual([]);
  });
});

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text and what it sits on: 4.5:1 (WCAG AA, normal text). */
const TEXT: [Token, Token[]][] = [
  ["fg", ["canvas", "surface", "surface-subtle", "surface-muted", "surface-strong", "today-soft"]],
  ["fg-muted", ["canvas", "surface", "surface-subtle", "surface-muted"]],
  ["fg-subtle", ["canvas", "surface", "surface-subtle", "surface-muted", "today-soft"]],
  ["link", ["canvas", "surface", "surface-subtle", "surface-muted"]],
  ["on-fill", ["accent", "accent-hover", "hubspot", "hubspot-hover", "danger-solid", "danger-solid-hover", "warning-solid", "warning-solid-hover", "timeline-active", "timeline-ended"]],
  ["on-today", ["today"]],
  ["today", ["surface"]],
  ["timeline-upcoming-fg", ["timeline-upcoming"]],
  ["status-good-fg", ["status-good-bg"]],
  ["status-even-fg", ["status-even-bg"]],
  ["status-behind-fg", ["status-behind-bg"]],
  ["status-missed-fg", ["status-missed-bg"]],
  ["status-none-fg", ["status-none-bg"]],
  ["danger-fg", ["danger-bg"]],
  ["warning-fg", ["warning-bg", "canvas", "surface"]],
  ["info-fg", ["info-bg"]],
  ["success-fg", ["success-bg", "surface"]],
  ["chart-axis", ["surface"]],
];

/** Lines and marks that carry meaning, against their panel: 3:1 (WCAG non-text contrast). */
const MARKS: [Token, Token[]][] = [
  ["focus", ["canvas", "surface"]],
  ["today", ["surface"]],
  ["chart-bar-highlight", ["surface"]],
  ["chart-actual", ["surface"]],
  ["chart-cumulative-actual", ["surface"]],
  ["chart-cumulative-target", ["surface"]],
  ["timeline-active", ["surface"]],
  ["timeline-upcoming-ring", ["surface"]],
  ["timeline-ended", ["surface"]],
  ["timeline-gap-border", ["surface"]],
];

describe.each([
  ["light", 0],
  ["dark", 1],
] as const)("%s theme contrast", (_, theme) => {
  const pairs = (list: [Token, Token[]][]) => list.flatMap(([fg, bgs]) => bgs.map((bg) => ({ fg, bg, ratio: contrast(TOKENS[fg][theme], TOKENS[bg][theme]) })));

  it("keeps text at 4.5:1 on what it sits on", () => {
    expect(pairs(TEXT).filter((p) => p.ratio < 4.5)).toEqual([]);
  });

  it("keeps meaningful lines and marks at 3:1 on their panel", () => {
    expect(pairs(MARKS).filter((p) => p.ratio < 3)).toEqual([]);
  });
});
