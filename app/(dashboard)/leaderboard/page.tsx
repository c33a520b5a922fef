import type { Metadata } from "next";
import { LeaderboardView } from "@/components/leaderboard/leaderboard-view";
import { DatasetPage } from "@/components/shell/dataset-page";
import { TableSkeleton } from "@/components/states/skeleton";
import { goalsPageData } from "@/lib/server/goals-page";

export const metadata: Metadata = { title: "Leaderboard" };

/** Live goals only: a leaderboard ranks the periods running now and the ones just finished. */
export default async function LeaderboardPage() {
  const page = await goalsPageData(false);
  return (
    <DatasetPage
      title="Leaderboard"
      page={page}
      fallback={<TableSkeleton label="Loading leaderboard" />}
      view={(renderedAt) => <LeaderboardView renderedAt={renderedAt} />}
    />
  );
}
