import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { Suspense } from "react";
import type { PageLoad, Settled } from "@/lib/contracts/page-load";
import { RecoverableError } from "@/components/states/recoverable-error";

interface Props<T> {
  load: PageLoad<T>;
  /** The page's views with the data in hand. */
  ready: (value: T) => React.ReactNode;
  /** The page's views fetching for themselves in the browser (after a retry). */
  browser: React.ReactNode;
  /** Shown while the data is streamed in. */
  skeleton: React.ReactNode;
  /** A page of one record: shown in place when it turns out missing after the page began streaming. */
  missing?: React.ReactNode;
  /** Does the proxy now know the record is missing (lib/hubspot/cache/not-found-memo.ts)? */
  remembered?: () => boolean;
  heading: string;
  what: string;
}

/**
 * A page's data as soon as it is known, and never later than it needs to be. In hand within the
 * hold budget, the page is rendered with it (or answers 404, or explains the failure); otherwise
 * the shell goes out at once with a skeleton, and the data, or the explained failure, is streamed
 * in when HubSpot answers or the request's deadline passes.
 */
export function PageAnswer<T>(props: Props<T>) {
  if (props.load.early) return <Outcome settled={props.load.early} streamed={false} {...props} />;
  return (
    <Suspense
      fallback={
        <div className="space-y-4">
          <h1 className="text-2xl font-semibold">{props.heading}</h1>
          {props.skeleton}
        </div>
      }
    >
      <Late {...props} />
    </Suspense>
  );
}

async function Late<T>(props: Props<T>) {
  return <Outcome settled={await props.load.later} streamed {...props} />;
}

async function Outcome<T>({ settled, streamed, ready, browser, missing, remembered, heading, what }: Props<T> & { settled: Settled<T>; streamed: boolean }) {
  if (settled.ok) return ready(settled.value);
  const { error } = settled;
  const here = (await headers()).get("x-goalboard-path") ?? "/goals";
  if (error.code === "SESSION_EXPIRED" || error.code === "UNAUTHENTICATED") redirect(`/signin?error=SessionExpired&callbackUrl=${encodeURIComponent(here)}`);
  if (error.code === "NOT_FOUND" && missing !== undefined) {
    if (streamed) return missing;
    // React cannot render a not-found boundary on the server, so Next.js would send an empty page
    // that needs scripts. Asked again, the proxy finds the record remembered as missing and
    // answers a complete not-found page with a 404.
    if (remembered?.()) redirect(here);
    notFound();
  }
  return (
    <RecoverableError error={error.toBody().error} status={error.status} heading={heading} what={what}>
      {browser}
    </RecoverableError>
  );
}
