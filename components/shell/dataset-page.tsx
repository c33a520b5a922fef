import { Suspense } from "react";
import { HydrationBoundary } from "@tanstack/react-query";
import { packAnswer } from "@/lib/api/packed-answer";
import { queryKeys } from "@/lib/client/query-keys";
import { goalsPageData } from "@/lib/server/goals-page";
import { prefilled } from "@/lib/server/hydration";
import { PackedAnswerSeed } from "./packed-answer-seed";

interface Props {
  title: string;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
  /** Shown while the browser fetches the dataset the server did not hold yet. */
  fallback: React.ReactNode;
  view: (renderedAt: number) => React.ReactNode;
}

/**
 * A page built on the portal's whole dataset (goal list, timeline): when the server already holds
 * it, it is inlined and the view is in the first HTML. Inlined packed (lib/api/packed-answer.ts):
 * the dataset is most of the page's HTML, and its size is what the first paint waits for.
 */
export async function DatasetPage({ title, searchParams, fallback, view }: Props) {
  const archived = (await searchParams).archived === "true";
  const page = await goalsPageData(archived);
  const content = view(page.renderedAt);
  const packed = page.dataset && packAnswer(page.dataset);
  const key = queryKeys.dataset(page.portalId, archived);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">{title}</h1>
      {/* With the data inlined nothing suspends. A Suspense boundary around that much HTML would be
          streamed out of line, and React reveals such boundaries up to 300 ms after the first paint. */}
      {packed ? (
        <PackedAnswerSeed queryKey={key} packed={packed} updatedAt={page.renderedAt}>
          {content}
        </PackedAnswerSeed>
      ) : (
        <HydrationBoundary state={prefilled([[key, page.dataset]])}>
          {page.dataset ? content : <Suspense fallback={fallback}>{content}</Suspense>}
        </HydrationBoundary>
      )}
    </>
  );
}
