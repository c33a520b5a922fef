import "server-only";
import type { Metadata } from "next";

/** Next.js marks `notFound()` with this digest (the same for every 404 it throws). */
const isNotFound = (error: unknown) => String((error as { digest?: unknown } | null)?.digest ?? "").startsWith("NEXT_HTTP_ERROR_FALLBACK;404");

/**
 * A page title from the page's data, for `generateMetadata`. A page that is not found gets
 * `notFoundTitle` here and lets the page itself call `notFound()`: thrown from metadata, it would
 * replace the whole HTML with an empty error shell, so the not-found page needed scripts to show.
 */
export async function titleFrom<T>(load: () => Promise<T>, title: (data: T) => string, notFoundTitle: string): Promise<Metadata> {
  try {
    return { title: title(await load()) };
  } catch (error) {
    if (isNotFound(error)) return { title: notFoundTitle };
    throw error;
  }
}
