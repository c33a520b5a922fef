import { dehydrate, HydrationBoundary, QueryClient, type QueryKey } from "@tanstack/react-query";

interface Props {
  /** Answers the server already has, under the React Query keys the views below read them with. */
  answers: readonly (readonly [QueryKey, unknown])[];
  children: React.ReactNode;
}

/**
 * The one way a page hands its data to its view: the answers the page's loader fetched on the
 * server go into React Query's cache inside the HTML, so the view's first render has them and the
 * browser asks for nothing until the reader changes the view.
 */
export function Prefetch({ answers, children }: Props) {
  const client = new QueryClient();
  for (const [key, data] of answers) if (data !== null && data !== undefined) client.setQueryData(key, data);
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
