import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { HydrationBoundary } from "@tanstack/react-query";
import { packAnswer } from "@/lib/api/packed-answer";
import { queryKeys } from "@/lib/client/query-keys";
import { prefilled } from "@/lib/server/hydration";
import { goalPageData } from "@/lib/server/goal-page";
import { GoalDetail } from "@/components/goal-detail/goal-detail";
import { PackedAnswerSeed } from "@/components/shell/packed-answer-seed";
import { TableSkeleton } from "@/components/states/skeleton";

interface Props {
  params: Promise<{ goalId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { goalId } = await params;
  const page = await goalPageData(goalId);
  return { title: page.name || "Goal" };
}

function queryString(search: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) for (const v of [value ?? []].flat()) query.append(key, v);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** One goal: fetched here so the figures are in the HTML, then handed to React Query. */
export default async function GoalPage({ params, searchParams }: Props) {
  const { goalId } = await params;
  const page = await goalPageData(goalId);
  // One URL per goal: a member target's id or another spelling leads to the goal's own, view kept.
  if (page.canonicalId) redirect(`/goals/${encodeURIComponent(page.canonicalId)}${queryString(await searchParams)}`);
  const detail = <GoalDetail goalId={page.goalId} renderedAt={page.renderedAt} />;
  const key = queryKeys.goal(page.portalId, page.goalId);
  // Packed, the goal's targets take a third of the HTML they would as plain records.
  const packed = page.family && packAnswer(page.family);
  if (packed) {
    return (
      <PackedAnswerSeed queryKey={key} packed={packed} updatedAt={page.renderedAt}>
        {detail}
      </PackedAnswerSeed>
    );
  }
  return (
    <HydrationBoundary state={prefilled([[key, page.family]])}>
      {/* With the figures in hand nothing suspends; a boundary around them would be streamed out of
          line and revealed up to 300 ms after the first paint. */}
      {page.family ? detail : <Suspense fallback={<TableSkeleton label="Loading goal" />}>{detail}</Suspense>}
    </HydrationBoundary>
  );
}
