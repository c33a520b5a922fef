import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { queryKeys } from "@/lib/client/query-keys";
import { prefilled } from "@/lib/server/hydration";
import { planPageData } from "@/lib/server/plan/page";
import { PlanView } from "@/components/plan/plan-view";

interface Props {
  params: Promise<{ goalId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { goalId } = await params;
  const page = await planPageData(goalId);
  return { title: `Plan · ${page.plan?.name || "Goal"}` };
}

/** Quota planning for one goal: its targets as an editable grid, read from HubSpot on the server. */
export default async function PlanPage({ params }: Props) {
  const { goalId } = await params;
  const page = await planPageData(goalId);
  return (
    <HydrationBoundary state={prefilled([[queryKeys.plan(page.portalId, page.goalId), page.plan]])}>
      <PlanView goalId={page.goalId} />
    </HydrationBoundary>
  );
}
