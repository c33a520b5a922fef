import type { Metadata } from "next";
import { GoalsView } from "@/components/goals/goals-view";
import { DatasetPage } from "@/components/shell/dataset-page";
import { TableSkeleton } from "@/components/states/skeleton";

export const metadata: Metadata = { title: "Goals" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default function GoalsPage({ searchParams }: Props) {
  return (
    <DatasetPage
      title="Goals"
      searchParams={searchParams}
      fallback={<TableSkeleton label="Loading goals" />}
      view={(renderedAt) => <GoalsView renderedAt={renderedAt} />}
    />
  );
}
