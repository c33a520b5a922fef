import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { queryKeys } from "@/lib/client/query-keys";
import { goalPageData } from "@/lib/server/goal-page";
import { GoalDetail } from "@/components/goal-detail/goal-detail";
import { InlinedAnswer } from "@/components/shell/inlined-answer";
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
  return (
    <InlinedAnswer queryKey={queryKeys.goal(page.portalId, page.goalId)} answer={page.family} renderedAt={page.renderedAt} fallback={<TableSkeleton label="Loading goal" />}>
      <GoalDetail goalId={page.goalId} renderedAt={page.renderedAt} />
    </InlinedAnswer>
  );
}
