"use client";

import { useEffect, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { type PackedDataset, unpackDataset } from "@/lib/api/packed-dataset";
import { queryKeys } from "@/lib/client/query-keys";

interface Props {
  packed: PackedDataset;
  archived: boolean;
  /** When the server read the dataset: its age for React Query's staleness. */
  updatedAt: number;
  children: React.ReactNode;
}

/**
 * Puts the dataset the page inlined in packed form into React Query, under the key
 * useGoalsDataset reads. Like HydrationBoundary: a query the cache lacks is filled during render,
 * before the views below subscribe; an older copy already cached is replaced after commit.
 */
export function PackedDatasetSeed({ packed, archived, updatedAt, children }: Props) {
  const client = useQueryClient();
  const key = queryKeys.dataset(packed.portalId, archived);
  useState(() => {
    if (client.getQueryData(key) === undefined) client.setQueryData(key, unpackDataset(packed), { updatedAt });
    return null;
  });
  useEffect(() => {
    const current = queryKeys.dataset(packed.portalId, archived);
    const held = client.getQueryState(current);
    if (held && held.dataUpdatedAt < updatedAt) client.setQueryData(current, unpackDataset(packed), { updatedAt });
  }, [client, packed, archived, updatedAt]);
  return children;
}
