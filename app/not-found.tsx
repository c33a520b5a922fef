import Link from "next/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered per request, never prerendered: the page policy only runs scripts carrying the
  // request's nonce, and Next stamps it on its script tags only when it renders the page then.
  await connection();
  return (
    <main className="mx-auto max-w-md px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-fg-muted">There is nothing at this address.</p>
      <Link href="/goals" className="mt-4 inline-block text-link underline">
        Go to your goals
      </Link>
    </main>
  );
}
