"use client";

import { useMemo } from "react";
import type { Account } from "@/lib/goals/model";
import { type Formatters, makeFormatters } from "@/lib/goals/formatters";

export function useFormatters(account: Pick<Account, "currency" | "timeZone">): Formatters {
  return useMemo(() => makeFormatters(account), [account]);
}
