import { headers } from "next/headers";
import { connection } from "next/server";
import { missingFor, NotFoundNotice } from "@/components/states/not-found-notice";

/**
 * Every address with nothing behind it, complete in the HTML. The proxy also sends here, with a
 * 404, a goal or target page whose id is malformed or that HubSpot recently said is missing: the
 * original path (x-goalboard-path) says which notice to show.
 */
export default async function NotFound() {
  // Rendered per request, never prerendered: the page policy only runs scripts carrying the
  // request's nonce, and Next stamps it on its script tags only when it renders the page then.
  await connection();
  const missing = missingFor((await headers()).get("x-goalboard-path") ?? "");
  if (missing === "page") return <NotFoundNotice missing="page" />;
  return (
    <main className="mx-auto max-w-7xl px-4 py-10 sm:px-6">
      <NotFoundNotice missing={missing} />
    </main>
  );
}
