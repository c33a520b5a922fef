"use client";

import { useState } from "react";
import type { ErrorBody } from "@/lib/contracts/errors";
import { ApiError } from "@/lib/client/api";
import { ErrorState } from "./error-state";

interface Props {
  /** Why the server could not load the page's data (as the API would have said it). */
  error: ErrorBody["error"];
  status: number;
  heading: string;
  what: string;
  /** The view fetching its data in the browser: shown once the user (or the countdown) retries. */
  children: React.ReactNode;
}

/**
 * A page whose data HubSpot did not give in time: the explanation and a way forward, right in the
 * streamed HTML. Retrying hands over to the page's own view, which asks again through the API, so
 * the page recovers without a reload.
 */
export function RecoverableError({ error, status, heading, what, children }: Props) {
  const [retrying, setRetrying] = useState(false);
  if (retrying) return children;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{heading}</h1>
      <ErrorState
        error={new ApiError(status, error.code, error.message, error.retryAfterSeconds, error.scope)}
        onRetry={() => setRetrying(true)}
        what={what}
      />
    </div>
  );
}
