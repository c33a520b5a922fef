import type { Metadata } from "next";
import { queryKeys } from "@/lib/client/query-keys";
import { earlyValue } from "@/lib/server/page-load";
import { titleFrom } from "@/lib/server/page-title";
import { type TargetPageAnswer, targetPageData } from "@/lib/server/target-page";
import { PageAnswer } from "@/components/shell/page-answer";
import { Prefetch } from "@/components/shell/prefetch";
import { NotFoundNotice } from "@/components/states/not-found-notice";
import { BlockSkeleton } from "@/components/states/skeleton";
import { TargetDetail } from "@/components/target-detail/target-detail";

interface Props {
  params: Promise<{ targetId: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { targetId } = await params;
  return titleFrom(
    () => targetPageData(targetId),
    (page) => {
      const target = earlyValue(page.answer)?.target;
      const name = target?.target?.name || target?.record.properties.hs_goal_name;
      return name ? `${name} · target ${page.targetId}` : `Goal target ${page.targetId}`;
    },
    "Goal target not found",
  );
}

/** One goal target and its goal, fetched here so the figures are in the HTML, then handed to React Query. */
export default async function TargetPage({ params }: Props) {
  const { targetId } = await params;
  const page = await targetPageData(targetId);
  const detail = <TargetDetail targetId={page.targetId} renderedAt={page.renderedAt} />;
  const ready = (answer: TargetPageAnswer) => (
    <Prefetch answers={[[queryKeys.target(page.portalId, page.targetId), answer.target], ...(answer.goalId ? [[queryKeys.goal(page.portalId, answer.goalId), answer.family] as const] : [])]}>
      {detail}
    </Prefetch>
  );
  return (
    <PageAnswer
      load={page.answer}
      ready={ready}
      browser={detail}
      skeleton={<BlockSkeleton className="h-64" label="Loading goal target" />}
      missing={<NotFoundNotice missing="target" />}
      remembered={page.remembered}
      heading={`Goal target ${page.targetId}`}
      what="this goal target"
    />
  );
}
