import { queryKeys } from "@/lib/client/query-keys";
import { goalsPageData } from "@/lib/server/goals-page";
import { InlinedAnswer } from "./inlined-answer";

interface Props {
  title: string;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
  /** Shown while the browser fetches the dataset the server did not hold yet. */
  fallback: React.ReactNode;
  view: (renderedAt: number) => React.ReactNode;
}

/**
 * A page built on the portal's whole dataset (goal list, timeline): when the server already holds
 * it, it is inlined (InlinedAnswer) and the view is in the first HTML.
 */
export async function DatasetPage({ title, searchParams, fallback, view }: Props) {
  const archived = (await searchParams).archived === "true";
  const page = await goalsPageData(archived);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{title}</h1>
      <InlinedAnswer queryKey={queryKeys.dataset(page.portalId, archived)} answer={page.dataset} renderedAt={page.renderedAt} fallback={fallback}>
        {view(page.renderedAt)}
      </InlinedAnswer>
    </>
  );
}
