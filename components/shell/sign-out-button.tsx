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
      className="whitespace-nowrap rounded-md border border-line-strong px-2.5 py-1 text-fg-muted hover:bg-surface-muted"
    >
      Sign out
    </button>
  );
}
