import type { Metadata } from "next";
import { Suspense } from "react";
import { BlockSkeleton } from "@/components/states/skeleton";
import { TimelineView } from "@/components/timeline/timeline-view";

export const metadata: Metadata = { title: "Timeline" };

export default function TimelinePage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Timeline</h1>
      <Suspense fallback={<BlockSkeleton className="h-96" label="Loading the timeline" />}>
        <TimelineView />
      </Suspense>
    </>
  );
}
