"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useState } from "react";
import { ApiError } from "@/lib/client/api";
import { PortalProvider, type PortalInfo } from "@/lib/client/portal";

function shouldRetry(failures: number, error: unknown): boolean {
  // The server already retried HubSpot's transient faults; only a busy budget is worth one more try.
  if (error instanceof ApiError) return error.status === 503 && failures < 1;
  return failures < 1;
}

export function Providers({ portal, children }: { portal: PortalInfo; children: React.ReactNode }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: shouldRetry },
        },
      }),
  );
  return (
    <NuqsAdapter>
      <QueryClientProvider client={client}>
        <PortalProvider value={portal}>{children}</PortalProvider>
      </QueryClientProvider>
    </NuqsAdapter>
  );
}
