import { createServer } from "node:net";

/**
 * Loopback ports of the end-to-end stack. Fixed ports can be given with E2E_APP_PORT and
 * E2E_EMULATOR_PORT; otherwise the Playwright runner picks free ones once (see
 * playwright.config.ts) and its workers inherit them, so parallel runs never collide.
 */
export const E2E = {
  get appPort() {
    return Number(process.env.E2E_APP_PORT ?? 3100);
  },
  get emulatorPort() {
    return Number(process.env.E2E_EMULATOR_PORT ?? 4110);
  },
  get appUrl() {
    return `http://127.0.0.1:${this.appPort}`;
  },
  get emulatorUrl() {
    return `http://127.0.0.1:${this.emulatorPort}`;
  },
};

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
