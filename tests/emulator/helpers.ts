import { afterAll, beforeAll } from "vitest";
import { DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_PORTAL_ID, DEMO_PRIVATE_APP_TOKEN } from "@/emulator/constants";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "@/emulator/server";

export const REDIRECT_URI = "http://127.0.0.1:3999/api/auth/callback/hubspot";
export const GOALS = "/crm/v3/objects/goal_targets";

/** Starts one emulator for the test file and stops it afterwards; read `.current` inside tests. */
export function emulatorPerFile(options: EmulatorOptions = {}) {
  const holder: { current: RunningEmulator } = { current: undefined as unknown as RunningEmulator };
  beforeAll(async () => {
    holder.current = await startEmulator({ quiet: true, ...options });
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}

export interface CallOptions {
  method?: string;
  token?: string | null;
  json?: unknown;
  form?: Record<string, string | string[]>;
  headers?: Record<string, string>;
}

export async function call(emulator: RunningEmulator, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? DEMO_PRIVATE_APP_TOKEN : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  let body: string | undefined;
  if (options.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (options.form) {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = formBody(options.form).toString();
  }
  return fetch(`${emulator.url}${path}`, {
    method: options.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
    redirect: "manual",
  });
}

export async function callJson<T = Record<string, unknown>>(emulator: RunningEmulator, path: string, options?: CallOptions) {
  const res = await call(emulator, path, options);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
}

function formBody(fields: Record<string, string | string[]>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) form.append(key, item);
  return form;
}

export const admin = <T = unknown>(emulator: RunningEmulator, path: string, json?: unknown, method?: string) =>
  callJson<T>(emulator, `/__emulator${path}`, { token: null, json, method });

export interface PortalSummary {
  portalId: number;
  name: string;
  timeZone: string;
  currency: string;
  targets: number;
  archivedTargets: number;
  families: number;
  users: { id: string; email: string; name: string }[];
}

export interface WireTarget {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
}

export async function portals(emulator: RunningEmulator): Promise<PortalSummary[]> {
  return (await admin<PortalSummary[]>(emulator, "/portals")).body;
}

export async function allTargets(emulator: RunningEmulator, portalId = DEMO_PORTAL_ID, archived = false): Promise<WireTarget[]> {
  return (await admin<WireTarget[]>(emulator, `/portals/${portalId}/targets?archived=${archived}`)).body;
}

export interface ConsentOptions {
  portalId?: number;
  userEmail?: string;
  scope?: string;
  optionalScope?: string;
  grantOptional?: string[];
  state?: string;
}

/** Submits the consent form as a browser would and returns the authorization code. */
export async function authorize(emulator: RunningEmulator, options: ConsentOptions = {}): Promise<string> {
  const portalId = options.portalId ?? DEMO_PORTAL_ID;
  const portal = (await portals(emulator)).find((candidate) => candidate.portalId === portalId)!;
  const user = options.userEmail ? portal.users.find((candidate) => candidate.email === options.userEmail)! : portal.users[0];
  const res = await call(emulator, "/oauth/authorize", {
    token: null,
    form: {
      client_id: DEMO_CLIENT_ID,
      redirect_uri: REDIRECT_URI,
      scope: options.scope ?? "oauth crm.objects.goals.read",
      optional_scope: options.optionalScope ?? "",
      state: options.state ?? "state-123",
      portal_user: `${portalId}:${user.id}`,
      grant_optional: options.grantOptional ?? [],
      action: "grant",
    },
  });
  if (res.status !== 302) throw new Error(`consent failed: ${res.status} ${await res.text()}`);
  return new URL(res.headers.get("location")!).searchParams.get("code")!;
}

export interface TokenResponse {
  token_type: string;
  access_token: string;
  refresh_token: string;
  expires_in: number;
}

export async function exchange(emulator: RunningEmulator, fields: Record<string, string>, path = "/oauth/v1/token") {
  return callJson<TokenResponse & Record<string, unknown>>(emulator, path, {
    token: null,
    form: { client_id: DEMO_CLIENT_ID, client_secret: DEMO_CLIENT_SECRET, ...fields },
  });
}

/** The whole code flow: consent, then the token exchange. */
export async function oauthTokens(emulator: RunningEmulator, options: ConsentOptions = {}): Promise<TokenResponse> {
  const code = await authorize(emulator, options);
  const { status, body } = await exchange(emulator, { grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI });
  if (status !== 200) throw new Error(`token exchange failed: ${JSON.stringify(body)}`);
  return body;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the official client throws for an error answer. */
export interface ClientError {
  code: number;
  body: { category?: string; message?: string; errors?: Array<{ code?: string; context?: Record<string, string[]> }> };
}

/** The error a call of the official client fails with; the test fails if the call succeeds. */
export async function failure(promise: Promise<unknown>): Promise<ClientError> {
  try {
    await promise;
  } catch (error) {
    return error as ClientError;
  }
  throw new Error("expected the call to fail");
}
