import { DEMO_PORTAL_ID, DEMO_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import type { PortalContext } from "@/lib/hubspot/context";

/** A gateway context for tests: the demo portal's private-app token, one test user, no deadline. */
export function testPortalContext(overrides: Partial<PortalContext> = {}): PortalContext {
  return {
    portalId: DEMO_PORTAL_ID,
    scopes: [],
    requestId: "test",
    userKey: "test-user",
    deadline: Number.POSITIVE_INFINITY,
    accessToken: async () => DEMO_PRIVATE_APP_TOKEN,
    ...overrides,
  };
}
