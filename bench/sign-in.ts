/**
 * Signs in without a browser, through the same OAuth round trip a person makes: Goalboard's
 * sign-in endpoint, the emulator's consent form, Goalboard's callback. The session cookie it ends
 * with serves autocannon, Lighthouse and Playwright alike.
 */
export interface Session {
  /** `Cookie` header value. */
  header: string;
  cookies: { name: string; value: string }[];
}

class CookieJar {
  private readonly jar = new Map<string, string>();

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      this.jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
  }

  get header(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  entries() {
    return [...this.jar].map(([name, value]) => ({ name, value }));
  }
}

export async function signIn(appUrl: string, emulatorUrl: string, userEmail: string): Promise<Session> {
  const jar = new CookieJar();
  let res = await fetch(`${appUrl}/api/auth/csrf`);
  jar.store(res);
  const { csrfToken } = (await res.json()) as { csrfToken: string };

  res = await fetch(`${appUrl}/api/auth/signin/hubspot`, {
    method: "POST",
    redirect: "manual",
    // Goalboard takes state-changing requests from its own origin only, as a browser would send them.
    headers: { cookie: jar.header, "content-type": "application/x-www-form-urlencoded", origin: new URL(appUrl).origin },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/goals", json: "true" }),
  });
  jar.store(res);
  const authorize = new URL(((await res.json()) as { url: string }).url);

  const consent = await (await fetch(authorize)).text();
  const value = [...consent.matchAll(/name="portal_user" value="([^"]+)"[^>]*><label[^>]*>([^<]*)<\/label>/g)].find((m) =>
    m[2].includes(`(${userEmail})`),
  )?.[1];
  if (!value) throw new Error(`the consent page offers no user ${userEmail}`);

  const q = authorize.searchParams;
  const form = new URLSearchParams({
    client_id: q.get("client_id") ?? "",
    redirect_uri: q.get("redirect_uri") ?? "",
    scope: q.get("scope") ?? "",
    optional_scope: q.get("optional_scope") ?? "",
    state: q.get("state") ?? "",
    portal_user: value,
    action: "grant",
  });
  for (const scope of (q.get("optional_scope") ?? "").split(" ").filter(Boolean)) form.append("grant_optional", scope);
  res = await fetch(`${emulatorUrl}/oauth/authorize`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form,
  });
  const callback = res.headers.get("location");
  if (res.status !== 302 || !callback) throw new Error(`consent form answered ${res.status}`);

  res = await fetch(callback, { redirect: "manual", headers: { cookie: jar.header } });
  jar.store(res);
  const check = await fetch(`${appUrl}/api/auth/session`, { headers: { cookie: jar.header } });
  const session = (await check.json()) as { user?: { email?: string } };
  if (!session.user) throw new Error(`sign-in did not produce a session (callback answered ${res.status})`);
  return { header: jar.header, cookies: jar.entries() };
}
