import type { ErrorBody, ErrorCode } from "@/lib/contracts/errors";

/** An error answer from Goalboard's API, as the browser sees it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | "NETWORK",
    message: string,
    readonly retryAfterSeconds?: number,
    readonly scope?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Back through sign-in to exactly this view, query included. */
export function signInAgain(): void {
  const here = `${window.location.pathname}${window.location.search}`;
  // A full navigation on purpose: it drops every client-side cache of the expired session.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign(`/signin?error=SessionExpired&callbackUrl=${encodeURIComponent(here)}`);
}

export async function apiFetch<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch {
    throw new ApiError(0, "NETWORK", "Goalboard could not be reached. Check your connection and try again.");
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (res.ok) return body as T;
  const error = (body as ErrorBody | null)?.error;
  if (res.status === 401 && typeof window !== "undefined") signInAgain();
  throw new ApiError(
    res.status,
    error?.code ?? "INTERNAL",
    error?.message ?? `Goalboard answered ${res.status}.`,
    error?.retryAfterSeconds,
    error?.scope,
  );
}
