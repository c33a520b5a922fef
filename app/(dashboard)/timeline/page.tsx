import type { Metadata } from "next";
import { DatasetPage } from "@/components/shell/dataset-page";
import { BlockSkeleton } from "@/components/states/skeleton";
import { TimelineView } from "@/components/timeline/timeline-view";
import { goalsPageData } from "@/lib/server/goals-page";

export const metadata: Metadata = { title: "Timeline" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function TimelinePage({ searchParams }: Props) {
  const page = await goalsPageData((await searchParams).archived === "true");
  return (
    <DatasetPage
      title="Timeline"
      page={page}
      fallback={<BlockSkeleton className="h-96" label="Loading the timeline" />}
      view={(renderedAt) => <TimelineView renderedAt={renderedAt} />}
    />
  );
}
