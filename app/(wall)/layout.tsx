import { Providers } from "@/components/shell/providers";
import { pagePortal } from "@/lib/server/page-portal";

/** The wallboard's own frame: signed in like every page, but no navigation, the whole screen its own. */
export default async function WallLayout({ children }: { children: React.ReactNode }) {
  const { portalId, email } = await pagePortal();
  return <Providers portal={{ portalId, email }}>{children}</Providers>;
}
