import type { APIRequestContext, APIResponse } from "@playwright/test";

export interface ErrorJson {
  error: { code: string; message: string; retryAfterSeconds?: number; scope?: string };
}

/** Calls Goalboard's API with the browser context's session cookie. */
export async function api(request: APIRequestContext, method: "GET" | "POST", path: string, body?: string | object): Promise<APIResponse> {
  if (method === "GET") return request.get(path);
  return request.post(path, {
    data: body,
    headers: typeof body === "string" ? { "content-type": "application/json" } : undefined,
  });
}
