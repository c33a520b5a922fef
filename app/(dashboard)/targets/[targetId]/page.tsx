import type { Metadata } from "next";
import { Suspense } from "react";
import { HydrationBoundary } from "@tanstack/react-query";
import { queryKeys } from "@/lib/client/query-keys";
import { prefilled } from "@/lib/server/hydration";
import { targetPageData } from "@/lib/server/target-page";
import { BlockSkeleton } from "@/components/states/skeleton";
import { TargetDetail } from "@/components/target-detail/target-detail";

interface Props {
  params: Promise<{ targetId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { targetId } = await params;
  const page = await targetPageData(targetId);
  const name = page.target?.target?.name || page.target?.record.properties.hs_goal_name;
  return { title: name ? `${name} · target ${page.targetId}` : `Goal target ${page.targetId}` };
}

/** One goal target and its goal, fetched here so the figures are in the HTML, then handed to React Query. */
export default async function TargetPage({ params }: Props) {
  const { targetId } = await params;
  const page = await targetPageData(targetId);
  const state = prefilled([
    [queryKeys.target(page.portalId, page.targetId), page.target],
    ...(page.goalId ? [[queryKeys.goal(page.portalId, page.goalId), page.family] as const] : []),
  ]);
  const detail = <TargetDetail targetId={page.targetId} renderedAt={page.renderedAt} />;
  return (
    <HydrationBoundary state={state}>
      {/* In hand, the figures render in the page's shell rather than a late-revealed boundary. */}
      {page.target ? detail : <Suspense fallback={<BlockSkeleton className="h-64" label="Loading goal target" />}>{detail}</Suspense>}
    </HydrationBoundary>
  );
}
