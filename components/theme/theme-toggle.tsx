"use client";

import { useState } from "react";
import { applyTheme, type ThemeChoice } from "./theme-choice";

const CHOICES: { value: ThemeChoice; label: string; icon: React.ReactNode }[] = [
  {
    value: "light",
    label: "Light theme",
    icon: (
      <>
        <circle cx="10" cy="10" r="3.5" />
        <path d="M10 1.5v2M10 16.5v2M1.5 10h2M16.5 10h2M4 4l1.4 1.4M14.6 14.6 16 16M4 16l1.4-1.4M14.6 5.4 16 4" />
      </>
    ),
  },
  { value: "dark", label: "Dark theme", icon: <path d="M16.5 12.5A7 7 0 0 1 7.5 3.5a7 7 0 1 0 9 9Z" /> },
  {
    value: "system",
    label: "System theme",
    icon: (
      <>
        <rect x="2" y="3.5" width="16" height="10.5" rx="1.5" />
        <path d="M7 17.5h6M10 14v3.5" />
      </>
    ),
  },
];

/** Light, dark or the system's theme, in the top navigation; the choice is remembered per browser. */
export function ThemeToggle({ initial }: { initial: ThemeChoice }) {
  const [choice, setChoice] = useState(initial);
  return (
    <div role="group" aria-label="Theme" className="inline-flex rounded-md border border-line-strong p-0.5">
      {CHOICES.map((c) => (
        <button
          key={c.value}
          type="button"
          aria-pressed={choice === c.value}
          title={c.label}
          onClick={() => {
            setChoice(c.value);
            applyTheme(c.value);
          }}
          className="inline-flex h-11 w-11 items-center justify-center rounded text-fg-muted hover:bg-surface-muted aria-pressed:bg-accent aria-pressed:text-on-fill md:h-7 md:w-7"
        >
          <svg viewBox="0 0 20 20" className="h-4 w-4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
            {c.icon}
          </svg>
          <span className="sr-only">{c.label}</span>
        </button>
      ))}
    </div>
  );
}
