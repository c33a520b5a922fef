import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { queryKeys } from "@/lib/client/query-keys";
import { goalName, goalPageData, goalPageViewFor } from "@/lib/server/goal-page";
import { earlyValue } from "@/lib/server/page-load";
import { titleFrom } from "@/lib/server/page-title";
import { GoalDetail } from "@/components/goal-detail/goal-detail";
import { PageAnswer } from "@/components/shell/page-answer";
import { Prefetch } from "@/components/shell/prefetch";
import { NotFoundNotice } from "@/components/states/not-found-notice";
import { TableSkeleton } from "@/components/states/skeleton";

interface Props {
  params: Promise<{ goalId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { goalId } = await params;
  return titleFrom(
    () => goalPageData(goalId),
    (page) => {
      const family = earlyValue(page.family);
      return (family && goalName(family, page.goalId)) || "Goal";
    },
    "Goal not found",
  );
}

function queryString(search: Record<string, string | string[] | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) for (const v of [value ?? []].flat()) query.append(key, v);
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** One goal: its view computed here for the URL's state, so the figures are in the HTML, then handed to React Query. */
export default async function GoalPage({ params, searchParams }: Props) {
  const { goalId } = await params;
  const page = await goalPageData(goalId);
  const search = await searchParams;
  const again = queryString(search);
  const view = <GoalDetail goalId={page.goalId} />;
  return (
    <PageAnswer
      load={page.family}
      ready={(family) => {
        const { query, answer } = goalPageViewFor(page, family, search);
        // One URL per goal: a member target's id or another spelling leads to the goal's own, view kept.
        const ownId = answer.goal?.head.id;
        if (ownId && ownId !== page.goalId) redirect(`/goals/${encodeURIComponent(ownId)}${again}`);
        return <Prefetch answers={[[queryKeys.goalPage(page.portalId, page.goalId, query), answer]]}>{view}</Prefetch>;
      }}
      browser={view}
      skeleton={<TableSkeleton label="Loading goal" />}
      missing={<NotFoundNotice missing="goal" />}
      remembered={page.remembered}
      heading="Goal"
      what="this goal"
    />
  );
}
