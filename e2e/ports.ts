/** Fixed loopback ports of the end-to-end stack (apart from the demo's 3000/4010). */
export const E2E = {
  appPort: Number(process.env.E2E_APP_PORT ?? 3100),
  emulatorPort: Number(process.env.E2E_EMULATOR_PORT ?? 4110),
  get appUrl() {
    return `http://127.0.0.1:${this.appPort}`;
  },
  get emulatorUrl() {
    return `http://127.0.0.1:${this.emulatorPort}`;
  },
};
