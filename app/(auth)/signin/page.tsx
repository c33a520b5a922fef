import type { Metadata } from "next";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { SignInButton } from "@/components/auth/sign-in-button";

export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  OAuthCallback: "HubSpot did not complete the sign-in. Please try again.",
  OAuthSignin: "Goalboard could not reach HubSpot to start signing in. Please try again.",
  AccessDenied: "Access was not granted in HubSpot.",
  SessionExpired: "Your HubSpot sign-in has expired. Please sign in again.",
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(typeof params.callbackUrl === "string" ? params.callbackUrl : undefined);
  const error = typeof params.error === "string" ? (ERRORS[params.error] ?? "Signing in did not work. Please try again.") : null;
  const signedOut = params.signedOut === "1" && !error;
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-6">
      <div className="rounded-2xl border border-line bg-surface p-8 shadow-sm">
        <h1 className="text-2xl font-semibold">Goalboard</h1>
        <p className="mt-2 text-fg-subtle">Your HubSpot goals, targets and pace in one place.</p>
        {error && (
          <p role="alert" className="mt-4 rounded-md bg-danger-bg px-3 py-2 text-sm text-danger-fg">
            {error}
          </p>
        )}
        {signedOut && (
          <p role="status" className="mt-4 rounded-md bg-success-bg px-3 py-2 text-sm text-success-fg">
            You have signed out of Goalboard. Your HubSpot account stays signed in at HubSpot.
          </p>
        )}
        <SignInButton callbackUrl={callbackUrl} />
        <p className="mt-4 text-xs text-fg-subtle">
          Goalboard reads your goals with your permission. It never sees your HubSpot password.
        </p>
      </div>
    </main>
  );
}
