import "server-only";
import { cache } from "react";

/** How long metadata waits to see whether the page itself is being rendered in this request. */
const PAGE_START_WINDOW_MS = 250;

interface Signal {
  started: Promise<boolean>;
  start: () => void;
}

const signal = cache((): Signal => {
  let start = () => {};
  const started = new Promise<boolean>((resolve) => (start = () => resolve(true)));
  return { started, start };
});

/** Called first thing by a detail page, before any await. */
export function markPageStarted(): void {
  signal().start();
}

/**
 * Whether this request renders the page, not just its metadata. Next renders `generateMetadata`
 * for every `<Link>` prefetch, even of dynamic pages whose body it skips (and it hides the
 * prefetch headers from app code), so a list of 50 goal links would cost 50 HubSpot searches for
 * titles nobody sees. Page and metadata render side by side in one request, so metadata that
 * waits briefly for the page's mark can tell the two apart and load data only for a real visit.
 */
export async function pageIsRendering(): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PAGE_START_WINDOW_MS)));
  try {
    return await Promise.race([signal().started, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
