"use client";

import { createContext, useContext } from "react";

export interface PortalInfo {
  portalId: number;
  email: string;
}

const PortalContext = createContext<PortalInfo | null>(null);

export const PortalProvider = PortalContext.Provider;

/** The signed-in portal. Every query key starts with its id, so portals never share cache entries. */
export function usePortal(): PortalInfo {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error("usePortal outside the dashboard layout");
  return portal;
}
