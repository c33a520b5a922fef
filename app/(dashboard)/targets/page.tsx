import type { Metadata } from "next";
import { queryKeys } from "@/lib/client/query-keys";
import { targetListPage } from "@/lib/server/list-pages";
import { PageAnswer } from "@/components/shell/page-answer";
import { Prefetch } from "@/components/shell/prefetch";
import { TableSkeleton } from "@/components/states/skeleton";
import { TargetsView } from "@/components/targets/targets-view";

export const metadata: Metadata = { title: "Goal targets" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Every goal target: the first window, computed on the server for the URL's view, then the browser's. */
export default async function TargetsPage({ searchParams }: Props) {
  const page = await targetListPage(await searchParams);
  return (
    <PageAnswer
      load={page.view}
      ready={(view) => (
        <Prefetch answers={[[queryKeys.view(page.portalId, "targets", page.query), view]]}>
          <TargetsView />
        </Prefetch>
      )}
      browser={<TargetsView />}
      skeleton={<TableSkeleton label="Loading goal targets" />}
      heading="Goal targets"
      what="your goal targets"
    />
  );
}
