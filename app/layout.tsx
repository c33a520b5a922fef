import type { Metadata, Viewport } from "next";
import { readThemeChoice } from "@/components/theme/read-theme";
import { themeClass } from "@/components/theme/theme-choice";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Goalboard", template: "%s · Goalboard" },
  description: "Your HubSpot goals, targets and pace in one place.",
  icons: { icon: "/favicon.svg" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // The reader's theme is a class on <html> from the first byte: no flash of the other theme.
  const theme = themeClass(await readThemeChoice());
  return (
    <html lang="en" className={theme}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
