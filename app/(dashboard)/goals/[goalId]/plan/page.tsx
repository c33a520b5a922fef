import type { Metadata } from "next";
import { queryKeys } from "@/lib/client/query-keys";
import { earlyValue } from "@/lib/server/page-load";
import { planPageData } from "@/lib/server/plan/page";
import { PlanView } from "@/components/plan/plan-view";
import { PageAnswer } from "@/components/shell/page-answer";
import { Prefetch } from "@/components/shell/prefetch";
import { NotFoundNotice } from "@/components/states/not-found-notice";
import { TableSkeleton } from "@/components/states/skeleton";

interface Props {
  params: Promise<{ goalId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { goalId } = await params;
  const page = await planPageData(goalId);
  return { title: `Plan · ${earlyValue(page.plan)?.name || "Goal"}` };
}

/** Quota planning for one goal: its targets as an editable grid, read from HubSpot on the server. */
export default async function PlanPage({ params }: Props) {
  const { goalId } = await params;
  const page = await planPageData(goalId);
  return (
    <PageAnswer
      load={page.plan}
      ready={(plan) => (
        <Prefetch answers={[[queryKeys.plan(page.portalId, page.goalId), plan]]}>
          <PlanView goalId={page.goalId} />
        </Prefetch>
      )}
      browser={<PlanView goalId={page.goalId} />}
      skeleton={<TableSkeleton label="Loading the plan" />}
      missing={<NotFoundNotice missing="goal" />}
      remembered={page.remembered}
      heading="Plan targets"
      what="this goal's plan"
    />
  );
}
