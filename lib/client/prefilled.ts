import "server-only";
import { dehydrate, type DehydratedState, QueryClient, type QueryKey } from "@tanstack/react-query";

/**
 * React Query state for a server-rendered page: answers fetched on the server, under the keys the
 * client hooks use, so hydration finds them and the first paint needs no request.
 */
export function prefilled(entries: readonly (readonly [QueryKey, unknown])[]): DehydratedState {
  const client = new QueryClient();
  for (const [key, data] of entries) if (data !== null && data !== undefined) client.setQueryData(key, data);
  return dehydrate(client);
}
