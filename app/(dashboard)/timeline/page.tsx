import type { Metadata } from "next";
import { queryKeys } from "@/lib/client/query-keys";
import { timelinePage } from "@/lib/server/list-pages";
import { PageAnswer } from "@/components/shell/page-answer";
import { Prefetch } from "@/components/shell/prefetch";
import { BlockSkeleton } from "@/components/states/skeleton";
import { TimelineView } from "@/components/timeline/timeline-view";

export const metadata: Metadata = { title: "Timeline" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The timeline: computed on the server for the URL's view, then the browser's. */
export default async function TimelinePage({ searchParams }: Props) {
  const page = await timelinePage(await searchParams);
  return (
    <PageAnswer
      load={page.view}
      ready={(view) => (
        <Prefetch answers={[[queryKeys.view(page.portalId, "timeline", page.query), view]]}>
          <TimelineView />
        </Prefetch>
      )}
      browser={<TimelineView />}
      skeleton={<BlockSkeleton className="h-96" label="Loading the timeline" />}
      heading="Timeline"
      what="your goals"
    />
  );
}
