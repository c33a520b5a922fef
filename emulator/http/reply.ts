/**
 * Handlers return a Reply instead of writing to the socket, so that counting, rate-limit headers and
 * injected faults (for example a truncated body) can be applied in one place.
 */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON unless `raw` is set. */
  body?: unknown;
  raw?: { contentType: string; text: string };
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body,
  headers,
});

export const noContent = (): Reply => ({ status: 204 });

export const html = (status: number, text: string): Reply => ({
  status,
  raw: { contentType: "text/html; charset=utf-8", text },
});

export const redirect = (location: string): Reply => ({ status: 302, headers: { Location: location } });

export function serialize(reply: Reply): { contentType: string; text: string } | null {
  if (reply.raw) return reply.raw;
  if (reply.body === undefined) return null;
  return { contentType: "application/json;charset=utf-8", text: JSON.stringify(reply.body) };
}
