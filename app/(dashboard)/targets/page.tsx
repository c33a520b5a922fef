import type { Metadata } from "next";
import { Suspense } from "react";
import { TargetsView } from "@/components/targets/targets-view";
import { TableSkeleton } from "@/components/states/skeleton";

export const metadata: Metadata = { title: "Goal targets" };

export default function TargetsPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Goal targets</h1>
      <Suspense fallback={<TableSkeleton label="Loading goal targets" />}>
        <TargetsView />
      </Suspense>
    </>
  );
}
