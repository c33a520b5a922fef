import type { Metadata } from "next";
import { Suspense } from "react";
import { HydrationBoundary } from "@tanstack/react-query";
import { queryKeys } from "@/lib/client/query-keys";
import { goalsPageData } from "@/lib/server/goals-page";
import { prefilled } from "@/lib/server/hydration";
import { GoalsView } from "@/components/goals/goals-view";
import { TableSkeleton } from "@/components/states/skeleton";

export const metadata: Metadata = { title: "Goals" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The list is rendered here when the server already holds the portal's goals, so it is in the HTML. */
export default async function GoalsPage({ searchParams }: Props) {
  const archived = (await searchParams).archived === "true";
  const page = await goalsPageData(archived);
  const view = <GoalsView renderedAt={page.renderedAt} />;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Goals</h1>
      <HydrationBoundary state={prefilled([[queryKeys.dataset(page.portalId, archived), page.dataset]])}>
        {/* With the data inlined nothing suspends. A Suspense boundary around that much HTML would be
            streamed out of line, and React reveals such boundaries up to 300 ms after the first paint. */}
        {page.dataset ? view : <Suspense fallback={<TableSkeleton label="Loading goals" />}>{view}</Suspense>}
      </HydrationBoundary>
    </>
  );
}
