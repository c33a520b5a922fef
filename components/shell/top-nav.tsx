"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { SignOutButton } from "./sign-out-button";

const LINKS = [
  { href: "/goals", label: "Goals" },
  { href: "/targets", label: "Targets" },
  { href: "/timeline", label: "Timeline" },
  { href: "/leaderboard", label: "Leaderboard" },
  { href: "/wall", label: "Wallboard" },
  { href: "/help", label: "Help" },
];

export function TopNav({ email, portalId }: { email: string; portalId: number }) {
  const pathname = usePathname();
  return (
    <header className="border-b border-slate-200 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Skip to content
      </a>
      <nav aria-label="Main" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/goals" className="text-lg font-semibold text-blue-800">
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
                  className={active ? "font-semibold text-blue-800 underline underline-offset-4" : "text-slate-700 hover:text-blue-800"}
                >
                  {link.label}
                </Link>
              </li>
            );
          })}
        </ul>
        <div className="ml-auto flex items-center gap-3 text-sm text-slate-600">
          <span title={`HubSpot portal ${portalId}`}>
            {email} · portal <span data-testid="portal-id">{portalId}</span>
          </span>
          <SignOutButton />
        </div>
      </nav>
    </header>
  );
}
