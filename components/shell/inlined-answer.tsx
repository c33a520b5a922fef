import { Suspense } from "react";
import { HydrationBoundary, type QueryKey } from "@tanstack/react-query";
import type { Target } from "@/lib/goals/model";
import { packAnswer } from "@/lib/contracts/packed-answer";
import { prefilled } from "@/lib/client/prefilled";
import { PackedAnswerSeed } from "./packed-answer-seed";

interface Props<T extends { targets: readonly Target[] }> {
  /** The React Query key the views below read the answer under. */
  queryKey: QueryKey;
  /** The answer when the server holds it; null leaves it to the browser. */
  answer: T | null;
  renderedAt: number;
  /** Shown while the browser fetches an answer the server did not hold. */
  fallback: React.ReactNode;
  children: React.ReactNode;
}

/**
 * Hands a page's views the answer the server holds, inside the HTML: packed when its targets allow
 * (lib/contracts/packed-answer.ts, a third of the size of plain records, and the answer is most of the
 * page), else as React Query's dehydrated state. With the answer inlined nothing suspends: a
 * Suspense boundary around that much HTML would be streamed out of line, and React reveals such
 * boundaries up to 300 ms after the first paint.
 */
export function InlinedAnswer<T extends { targets: readonly Target[] }>({ queryKey, answer, renderedAt, fallback, children }: Props<T>) {
  const packed = answer && packAnswer(answer);
  if (packed) {
    return (
      <PackedAnswerSeed queryKey={queryKey} packed={packed} updatedAt={renderedAt}>
        {children}
      </PackedAnswerSeed>
    );
  }
  return (
    <HydrationBoundary state={prefilled([[queryKey, answer]])}>
      {answer ? children : <Suspense fallback={fallback}>{children}</Suspense>}
    </HydrationBoundary>
  );
}
