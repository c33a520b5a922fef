"use client";

import { useQueryClient } from "@tanstack/react-query";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  const queryClient = useQueryClient();
  return (
    <button
      type="button"
      onClick={() => {
        // Nothing of this portal may outlive the session in this tab.
        queryClient.clear();
        void signOut({ callbackUrl: "/signin?signedOut=1" });
      }}
      className="min-h-11 whitespace-nowrap rounded-md border border-line-strong px-3 text-sm text-fg-muted hover:bg-surface-muted md:min-h-0 md:px-2.5 md:py-1"
    >
      Sign out
    </button>
  );
}
