"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useState } from "react";
import { ApiError } from "@/lib/client/api";
import { useMarkHydrated } from "./after-hydration";
import { PortalProvider, type PortalInfo } from "@/lib/client/portal";
// The dashboard's error boundary (app/(dashboard)/error.tsx) travels with the providers. In a chunk
// of its own it was fetched only once React met it in the page's payload, and hydration waited for
// that extra round trip. Should the bundler ever drop this import as side-effect free,
// e2e/first-load.spec.ts fails.
import "@/components/states/page-error";

function shouldRetry(failures: number, error: unknown): boolean {
  // The server already retried HubSpot's transient faults; only a busy budget is worth one more try.
  if (error instanceof ApiError) return error.status === 503 && failures < 1;
  return failures < 1;
}

export function Providers({ portal, children }: { portal: PortalInfo; children: React.ReactNode }) {
  useMarkHydrated();
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
