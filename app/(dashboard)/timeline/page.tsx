import type { Metadata } from "next";
import { DatasetPage } from "@/components/shell/dataset-page";
import { BlockSkeleton } from "@/components/states/skeleton";
import { TimelineView } from "@/components/timeline/timeline-view";

export const metadata: Metadata = { title: "Timeline" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default function TimelinePage({ searchParams }: Props) {
  return (
    <DatasetPage
      title="Timeline"
      searchParams={searchParams}
      fallback={<BlockSkeleton className="h-96" label="Loading the timeline" />}
      view={(renderedAt) => <TimelineView renderedAt={renderedAt} />}
    />
  );
}
