import type { Metadata } from "next";
import { queryKeys } from "@/lib/client/query-keys";
import { goalListPage } from "@/lib/server/list-pages";
import { GoalsView } from "@/components/goals/goals-view";
import { PageAnswer } from "@/components/shell/page-answer";
import { Prefetch } from "@/components/shell/prefetch";
import { TableSkeleton } from "@/components/states/skeleton";

export const metadata: Metadata = { title: "Goals" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The goal list: its first window, computed on the server for the URL's view, then the browser's. */
export default async function GoalsPage({ searchParams }: Props) {
  const page = await goalListPage(await searchParams);
  return (
    <PageAnswer
      load={page.view}
      ready={(view) => (
        <Prefetch answers={[[queryKeys.view(page.portalId, "goals", page.query), view]]}>
          <GoalsView />
        </Prefetch>
      )}
      browser={<GoalsView />}
      skeleton={<TableSkeleton label="Loading goals" />}
      heading="Goals"
      what="your goals"
    />
  );
}
