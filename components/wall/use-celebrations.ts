"use client";

import { useEffect, useRef, useState } from "react";
import type { Attained } from "@/lib/goals/crossings";
import { crossedTarget } from "@/lib/goals/crossings";

/** How long a celebration stays on screen. */
const SHOW_MS = 12_000;

/**
 * Who crossed 100% since the previous refresh, shown for a few seconds. The first data a screen
 * receives sets the baseline: switching a TV on celebrates nobody.
 */
export function useCelebrations(current: ReadonlyMap<string, Attained> | null, fetchedAt: string | null): Attained[] {
  const previous = useRef<{ at: string; values: ReadonlyMap<string, Attained> } | null>(null);
  const [shown, setShown] = useState<Attained[]>([]);
  useEffect(() => {
    if (!current || !fetchedAt || previous.current?.at === fetchedAt) return;
    const before = previous.current?.values;
    previous.current = { at: fetchedAt, values: current };
    if (!before) return;
    const crossed = crossedTarget(before, current);
    if (crossed.length > 0) setShown(crossed);
  }, [current, fetchedAt]);
  useEffect(() => {
    if (shown.length === 0) return;
    const timer = setTimeout(() => setShown([]), SHOW_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  return shown;
}
