/**
 * The reader's theme: light, dark, or the system's (the default). Remembered per browser in a
 * cookie, so the server renders <html> with the right class and the first paint is already right,
 * with no script before it. "system" is the absence of the cookie and of a class: CSS follows
 * `prefers-color-scheme` by itself (tailwind.config.ts).
 */
export type ThemeChoice = "light" | "dark" | "system";

export const THEME_COOKIE = "goalboard-theme";

export function themeFromCookie(value: string | undefined): ThemeChoice {
  return value === "light" || value === "dark" ? value : "system";
}

/** The class <html> carries for a choice. */
export function themeClass(choice: ThemeChoice): string | undefined {
  return choice === "system" ? undefined : choice;
}

/** Applies a choice to this page at once and remembers it for the next (a year, this browser). */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  root.classList.remove("light", "dark");
  const cls = themeClass(choice);
  if (cls) root.classList.add(cls);
  document.cookie =
    choice === "system" ? `${THEME_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax` : `${THEME_COOKIE}=${choice}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
