import type { Metadata } from "next";
import { Suspense } from "react";
import { HydrationBoundary } from "@tanstack/react-query";
import { queryKeys } from "@/lib/client/query-keys";
import { goalsPageData } from "@/lib/server/goals-page";
import { prefilled } from "@/lib/server/hydration";
import { BlockSkeleton } from "@/components/states/skeleton";
import { TimelineView } from "@/components/timeline/timeline-view";

export const metadata: Metadata = { title: "Timeline" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Like the goal list: when the server already holds the portal's goals, they are in the HTML. */
export default async function TimelinePage({ searchParams }: Props) {
  const archived = (await searchParams).archived === "true";
  const page = await goalsPageData(archived);
  const view = <TimelineView renderedAt={page.renderedAt} />;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Timeline</h1>
      <HydrationBoundary state={prefilled([[queryKeys.dataset(page.portalId, archived), page.dataset]])}>
        {/* Nothing suspends with the data inlined; a boundary would only delay its reveal. */}
        {page.dataset ? view : <Suspense fallback={<BlockSkeleton className="h-96" label="Loading the timeline" />}>{view}</Suspense>}
      </HydrationBoundary>
    </>
  );
}
