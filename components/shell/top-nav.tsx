"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ThemeChoice } from "@/components/theme/theme-choice";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { SignOutButton } from "./sign-out-button";

const LINKS = [
  { href: "/goals", label: "Goals" },
  { href: "/targets", label: "Targets" },
  { href: "/timeline", label: "Timeline" },
  { href: "/leaderboard", label: "Leaderboard" },
  { href: "/wall", label: "Wallboard" },
  { href: "/help", label: "Help" },
];

export function TopNav({ email, portalId, theme }: { email: string; portalId: number; theme: ThemeChoice }) {
  const pathname = usePathname();
  return (
    <header className="border-b border-line bg-surface">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <nav aria-label="Main" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/goals" className="text-lg font-semibold text-link">
          Goalboard
        </Link>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {LINKS.map((link) => {
            const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
            return (
              <li key={link.href}>
                <Link
                  href={link.href}
                  aria-current={active ? "page" : undefined}
                  className={active ? "font-semibold text-link underline underline-offset-4" : "text-fg-muted hover:text-link"}
                >
                  {link.label}
                </Link>
              </li>
            );
          })}
        </ul>
        <div className="ml-auto flex items-center gap-3 text-sm text-fg-subtle">
          <span title={`HubSpot portal ${portalId}`}>
            {email} · portal <span data-testid="portal-id">{portalId}</span>
          </span>
          <ThemeToggle initial={theme} />
          <SignOutButton />
        </div>
      </nav>
    </header>
  );
}
