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
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Goals</h1>
      <HydrationBoundary state={prefilled([[queryKeys.dataset(page.portalId, archived), page.dataset]])}>
        <Suspense fallback={<TableSkeleton label="Loading goals" />}>
          <GoalsView renderedAt={page.renderedAt} />
        </Suspense>
      </HydrationBoundary>
    </>
  );
}
