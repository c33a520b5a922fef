"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";

/** What the last apply of this goal changed: HubSpot's amount before it, by target id. */
export interface LastApply {
  applyId: string;
  at: string;
  before: Record<string, string>;
}

const keyOf = (portalId: number, goalId: string) => `goalboard:p${portalId}:last-apply:${goalId}`;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * The last apply, kept for this browser tab (session storage survives a reload), so "undo the last
 * apply" knows what to write back. The server render has none.
 */
export function useLastApply(portalId: number, goalId: string) {
  const key = keyOf(portalId, goalId);
  const raw = useSyncExternalStore(subscribe, () => read(key), () => null);
  const last = useMemo(() => {
    try {
      return raw ? (JSON.parse(raw) as LastApply) : null;
    } catch {
      return null;
    }
  }, [raw]);
  const remember = useCallback(
    (value: LastApply | null) => {
      try {
        if (value) sessionStorage.setItem(key, JSON.stringify(value));
        else sessionStorage.removeItem(key);
      } catch {
        // storage refused (private mode): nothing to undo after this
      }
      for (const listener of listeners) listener();
    },
    [key],
  );
  return [last, remember] as const;
}
