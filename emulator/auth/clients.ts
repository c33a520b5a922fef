import { DEMO_APP_ID, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET } from "../constants";

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  appId: number;
  name: string;
}

/** The registered OAuth apps. Only Goalboard's demo app exists. */
export const OAUTH_CLIENTS: ReadonlyMap<string, OAuthClient> = new Map([
  [DEMO_CLIENT_ID, { clientId: DEMO_CLIENT_ID, clientSecret: DEMO_CLIENT_SECRET, appId: DEMO_APP_ID, name: "Goalboard (demo)" }],
]);

/** Like HubSpot for local development apps: redirects may only go back to this machine. */
export function isAllowedRedirect(uri: string): boolean {
  try {
    const url = new URL(uri);
    return (
      (url.protocol === "http:" || url.protocol === "https:") &&
      ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)
    );
  } catch {
    return false;
  }
}
