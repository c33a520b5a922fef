import type { GoalsDataset } from "@/lib/contracts/goals";
import { queryKeys } from "@/lib/client/query-keys";
import { InlinedAnswer } from "./inlined-answer";

interface Props {
  title: string;
  /** The page's data (lib/server/goals-page.ts): the dataset when the server holds it, else null. */
  page: { portalId: number; archived: boolean; dataset: Extract<GoalsDataset, { status: "ready" }> | null; renderedAt: number };
  /** Shown while the browser fetches the dataset the server did not hold yet. */
  fallback: React.ReactNode;
  view: (renderedAt: number) => React.ReactNode;
}

/**
 * A page built on the portal's whole dataset (goal list, timeline): when the server already holds
 * it, it is inlined (InlinedAnswer) and the view is in the first HTML.
 */
export function DatasetPage({ title, page, fallback, view }: Props) {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{title}</h1>
      <InlinedAnswer queryKey={queryKeys.dataset(page.portalId, page.archived)} answer={page.dataset} renderedAt={page.renderedAt} fallback={fallback}>
        {view(page.renderedAt)}
      </InlinedAnswer>
    </>
  );
}
