import type { Metadata } from "next";
import { queryKeys } from "@/lib/client/query-keys";
import { leaderboardPage } from "@/lib/server/leaderboard-page";
import { LeaderboardView } from "@/components/leaderboard/leaderboard-view";
import { PageAnswer } from "@/components/shell/page-answer";
import { Prefetch } from "@/components/shell/prefetch";
import { TableSkeleton } from "@/components/states/skeleton";

export const metadata: Metadata = { title: "Leaderboard" };

/** Live goals only: a leaderboard ranks the periods running now and the ones just finished. */
export default async function LeaderboardPage() {
  const page = await leaderboardPage();
  const view = <LeaderboardView renderedAt={page.renderedAt} />;
  return (
    <PageAnswer
      load={page.dataset}
      ready={(dataset) => <Prefetch answers={[[queryKeys.dataset(page.portalId, false), dataset]]}>{view}</Prefetch>}
      browser={view}
      skeleton={<TableSkeleton label="Loading leaderboard" />}
      heading="Leaderboard"
      what="the leaderboard"
    />
  );
}
