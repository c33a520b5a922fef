import type { Metadata } from "next";
import { GoalsView } from "@/components/goals/goals-view";
import { DatasetPage } from "@/components/shell/dataset-page";
import { TableSkeleton } from "@/components/states/skeleton";
import { goalsPageData } from "@/lib/server/goals-page";

export const metadata: Metadata = { title: "Goals" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function GoalsPage({ searchParams }: Props) {
  const page = await goalsPageData((await searchParams).archived === "true");
  return (
    <DatasetPage
      title="Goals"
      page={page}
      fallback={<TableSkeleton label="Loading goals" />}
      view={(renderedAt) => <GoalsView renderedAt={renderedAt} />}
    />
  );
}
