import type { Metadata } from "next";
import { queryKeys } from "@/lib/client/query-keys";
import { leaderboardPage } from "@/lib/server/leaderboard-page";
import { LeaderboardView } from "@/components/leaderboard/leaderboard-view";
import { PageAnswer } from "@/components/shell/page-answer";
import { Prefetch } from "@/components/shell/prefetch";
import { TableSkeleton } from "@/components/states/skeleton";

export const metadata: Metadata = { title: "Leaderboard" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Live goals only, ranked on the server for the URL's view, then the browser's. */
export default async function LeaderboardPage({ searchParams }: Props) {
  const page = await leaderboardPage(await searchParams);
  return (
    <PageAnswer
      load={page.view}
      ready={(view) => (
        <Prefetch answers={[[queryKeys.leaderboard(page.portalId, page.query), view]]}>
          <LeaderboardView />
        </Prefetch>
      )}
      browser={<LeaderboardView />}
      skeleton={<TableSkeleton label="Loading leaderboard" />}
      heading="Leaderboard"
      what="the leaderboard"
    />
  );
}
