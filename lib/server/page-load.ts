import "server-only";
import { notFound } from "next/navigation";
import { toAppError } from "@/lib/api/handler";
import { log } from "@/lib/log";

/**
 * Runs a service call for a page's first paint. "No such record" becomes the page's not-found UI;
 * any other failure (HubSpot busy, a lapsed token) yields null, and the browser asks again through
 * the API, where the error state explains it and offers a way forward.
 */
export async function loadForPage<T>(load: () => Promise<T>, requestId: string, onMissing: "not-found" | "null" = "not-found"): Promise<T | null> {
  let failure: unknown;
  try {
    return await load();
  } catch (error) {
    failure = error;
  }
  const error = toAppError(failure, requestId);
  if (error.code === "NOT_FOUND") {
    if (onMissing === "not-found") notFound();
    return null;
  }
  log.warn({ requestId, code: error.code }, "page prefetch failed; the browser will retry");
  return null;
}
