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
