"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

export function SignInButton({ callbackUrl }: { callbackUrl: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signIn("hubspot", { callbackUrl }).catch(() => setBusy(false));
      }}
      className="mt-6 w-full rounded-lg bg-hubspot px-4 py-2.5 font-medium text-on-fill hover:bg-hubspot-hover disabled:opacity-60"
    >
      {busy ? "Opening HubSpot…" : "Sign in with HubSpot"}
    </button>
  );
}
