import type { APIRequestContext, APIResponse } from "@playwright/test";
import { E2E } from "../ports";

type PostOptions = NonNullable<Parameters<APIRequestContext["post"]>[1]>;

/**
 * A POST as Goalboard's own pages send it: the proxy refuses writes without a same-origin
 * `Origin` (lib/api/request-guard.ts). Headers given here win, so a test can still send another.
 */
export function postFromApp(request: APIRequestContext, path: string, options: PostOptions = {}): Promise<APIResponse> {
  return request.post(path, { ...options, headers: { origin: E2E.appUrl, ...options.headers } });
}
