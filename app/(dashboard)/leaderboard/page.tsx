import type { Metadata } from "next";
import { LeaderboardView } from "@/components/leaderboard/leaderboard-view";
import { DatasetPage } from "@/components/shell/dataset-page";
import { TableSkeleton } from "@/components/states/skeleton";

export const metadata: Metadata = { title: "Leaderboard" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default function LeaderboardPage({ searchParams }: Props) {
  return (
    <DatasetPage
      title="Leaderboard"
      searchParams={searchParams}
      fallback={<TableSkeleton label="Loading leaderboard" />}
      view={(renderedAt) => <LeaderboardView renderedAt={renderedAt} />}
    />
  );
}
