import "server-only";
import { cookies } from "next/headers";
import { THEME_COOKIE, themeFromCookie, type ThemeChoice } from "./theme-choice";

export async function readThemeChoice(): Promise<ThemeChoice> {
  return themeFromCookie((await cookies()).get(THEME_COOKIE)?.value);
}
