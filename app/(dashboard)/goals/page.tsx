import type { Metadata } from "next";
import { Suspense } from "react";
import { GoalsView } from "@/components/goals/goals-view";
import { TableSkeleton } from "@/components/states/skeleton";

export const metadata: Metadata = { title: "Goals" };

export default function GoalsPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Goals</h1>
      <Suspense fallback={<TableSkeleton label="Loading goals" />}>
        <GoalsView />
      </Suspense>
    </>
  );
}
