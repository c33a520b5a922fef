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

interface Props {
  email: string;
  portalId: number;
  /** The portal's HubSpot domain (token introspection's `hub_domain`): the nearest thing to a name HubSpot gives. */
  hubDomain: string | null;
  theme: ThemeChoice;
}

/**
 * One row on a desktop, where who is signed in takes the room the links and controls leave (cut
 * short, whole in its tooltip) rather than pushing the controls onto a second row. On a phone: brand and controls, then who is signed in to which portal,
 * then the links on one row spread across the width (a row that scrolls sideways on a screen too
 * narrow for them), each at least 44 px tall so a thumb can hit them.
 */
export function TopNav({ email, portalId, hubDomain, theme }: Props) {
  const pathname = usePathname();
  return (
    <header className="border-b border-line bg-surface">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <nav aria-label="Main" className="mx-auto flex max-w-[96rem] flex-wrap items-center gap-x-4 px-4 py-1 sm:px-6 md:gap-x-6 md:py-2">
        <Link href="/goals" className="inline-flex min-h-11 items-center text-lg font-semibold text-link">
          Goalboard
        </Link>
        <ul className="order-last -mx-1 flex basis-full justify-between overflow-x-auto text-sm md:order-none md:mx-0 md:basis-auto md:justify-start md:gap-2 md:overflow-visible">
          {LINKS.map((link) => {
            const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
            return (
              <li key={link.href}>
                <Link
                  href={link.href}
                  aria-current={active ? "page" : undefined}
                  className={`inline-flex min-h-11 min-w-11 items-center justify-center whitespace-nowrap px-1 md:px-2 ${active ? "font-semibold text-link underline underline-offset-4" : "text-fg-muted hover:text-link"}`}
                >
                  {link.label}
                </Link>
              </li>
            );
          })}
        </ul>
        <p
          className="order-1 min-w-0 basis-full truncate text-xs text-fg-subtle md:order-none md:flex-1 md:basis-0 md:text-right md:text-sm"
          title={`${email} · HubSpot portal ${portalId}${hubDomain ? ` (${hubDomain})` : ""}`}
        >
          <span className="font-medium text-fg-muted" data-testid="portal-name">
            {hubDomain ?? `portal ${portalId}`}
          </span>{" "}
          · {email}
        </p>
        <div className="ml-auto flex items-center gap-2 md:ml-0">
          <ThemeToggle initial={theme} />
          <SignOutButton />
        </div>
      </nav>
    </header>
  );
}
