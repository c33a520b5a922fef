import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { readSession } from "@/lib/auth/session";
import { Providers } from "@/components/shell/providers";
import { TopNav } from "@/components/shell/top-nav";
import { readThemeChoice } from "@/components/theme/read-theme";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const session = await readSession();
  if (!session) {
    const path = (await headers()).get("x-goalboard-path") ?? "/goals";
    redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  return (
    <Providers portal={{ portalId: session.portalId, email: session.email }}>
      <TopNav email={session.email} portalId={session.portalId} hubDomain={session.hubDomain} theme={await readThemeChoice()} />
      <main id="main" className="mx-auto max-w-[96rem] px-4 py-6 sm:px-6">
        {children}
      </main>
    </Providers>
  );
}
