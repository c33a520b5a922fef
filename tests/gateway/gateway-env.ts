/**
 * The environment the gateway reads, pointed at a test emulator: one place, so a new setting the
 * gateway requires is added once for every test that drives it in-process.
 */
export function useEmulatorEnv(emulatorUrl: string, settings: Record<string, string>): void {
  Object.assign(process.env, {
    HUBSPOT_CLIENT_ID: "test",
    HUBSPOT_CLIENT_SECRET: "test",
    HUBSPOT_API_BASE: emulatorUrl,
    NEXTAUTH_URL: "http://127.0.0.1:1",
    NEXTAUTH_SECRET: "a-test-secret-of-some-length",
    LOG_LEVEL: "silent",
    ...settings,
  });
}

/** The test emulator's admin API: GET without a body, POST with one. */
export async function emulatorAdmin<T>(emulatorUrl: string, path: string, body?: unknown, method?: string): Promise<T> {
  const init = body === undefined ? { method: method ?? "GET" } : { method: method ?? "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  const res = await fetch(`${emulatorUrl}/__emulator${path}`, init);
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Upstream calls one portal made to one operation since the counters were last reset. */
export async function operationCalls(emulatorUrl: string, portalId: number, operation: string): Promise<number> {
  const counts = await emulatorAdmin<{ byPortal: Record<string, { byRoute: Record<string, number> } | undefined> }>(emulatorUrl, "/calls");
  return counts.byPortal[String(portalId)]?.byRoute[operation] ?? 0;
}
