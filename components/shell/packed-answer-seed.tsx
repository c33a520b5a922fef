"use client";

import { useEffect, useState } from "react";
import { type QueryKey, useQueryClient } from "@tanstack/react-query";
import type { Target } from "@/lib/goals/model";
import { type PackedAnswer, unpackAnswer } from "@/lib/contracts/packed-answer";

interface Props<T extends { targets: readonly Target[] }> {
  /** The React Query key the page's hooks read the answer under. */
  queryKey: QueryKey;
  packed: PackedAnswer<T>;
  /** When the server read the answer: its age for React Query's staleness. */
  updatedAt: number;
  children: React.ReactNode;
}

/**
 * Puts an answer the page inlined in packed form into React Query. Like HydrationBoundary: a query
 * the cache lacks is filled during render, before the views below subscribe; an older copy already
 * cached is replaced after commit.
 */
export function PackedAnswerSeed<T extends { targets: readonly Target[] }>({ queryKey, packed, updatedAt, children }: Props<T>) {
  const client = useQueryClient();
  useState(() => {
    if (client.getQueryData(queryKey) === undefined) client.setQueryData(queryKey, unpackAnswer(packed), { updatedAt });
    return null;
  });
  // The key as text: a new array with the same parts each render must not re-run the effect.
  const keyText = JSON.stringify(queryKey);
  useEffect(() => {
    const current = JSON.parse(keyText) as QueryKey;
    const held = client.getQueryState(current);
    if (held && held.dataUpdatedAt < updatedAt) client.setQueryData(current, unpackAnswer(packed), { updatedAt });
  }, [client, packed, keyText, updatedAt]);
  return children;
}
