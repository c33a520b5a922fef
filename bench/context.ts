import { DEMO_PORTAL_ID, DEMO_PRIVATE_APP_TOKEN } from "../emulator/constants";
import type { BenchConfig } from "./config";
import type { EmulatorAdmin } from "./emulator-admin";
import type { Session } from "./sign-in";
import type { BenchStack } from "./stack";
import { elapsedMs } from "./stats";

/** What a section needs: the running stack, a signed-in session and the emulator's admin API. */
export interface SectionContext {
  config: BenchConfig;
  stack: BenchStack;
  admin: EmulatorAdmin;
  session: Session;
  portalId: number;
}

export const BENCH_PORTAL = DEMO_PORTAL_ID;
export const BENCH_USER = "grace.holloway@northwind-traders.example";

export interface Timed {
  status: number;
  ms: number;
  body: string;
}

/** A pooled keep-alive connection the server closed just as it was reused: safe to send again. */
function isStaleConnection(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  return code === "UND_ERR_SOCKET" || code === "ECONNRESET";
}

/** One request, timed from sending until the whole body has arrived. */
export async function timedFetch(url: string, init?: RequestInit): Promise<Timed> {
  for (let attempt = 0; ; attempt++) {
    const started = process.hrtime.bigint();
    try {
      const res = await fetch(url, init);
      const body = await res.text();
      return { status: res.status, ms: elapsedMs(started), body };
    } catch (error) {
      if (attempt > 0 || !isStaleConnection(error)) throw error;
    }
  }
}

/** Goalboard's API, as the signed-in browser calls it. */
export function app(ctx: SectionContext, path: string): Promise<Timed> {
  return timedFetch(`${ctx.stack.appUrl}${path}`, { headers: { cookie: ctx.session.header, accept: "application/json" } });
}

/** The emulator straight, with the demo portal's private-app token: the "no Goalboard" baseline. */
export function direct(ctx: SectionContext, path: string, init: RequestInit = {}): Promise<Timed> {
  return timedFetch(`${ctx.stack.emulatorUrl}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${DEMO_PRIVATE_APP_TOKEN}`, accept: "application/json", ...init.headers },
  });
}

/**
 * Target ids handed out once each, so every "cache miss" request really is the first for its key.
 * Spread over the portal so list pages starting at them are full pages.
 */
export class IdPool {
  private next = 0;

  constructor(private readonly ids: readonly string[]) {}

  take(): string {
    // On a large portal stay clear of the last page, so every list page starting here is a full one.
    const usable = this.ids.length > 200 ? this.ids.length - 100 : this.ids.length;
    if (this.next >= usable) throw new Error("ran out of unused target ids");
    const id = this.ids[(this.next * 7919) % usable];
    this.next += 1;
    return id;
  }
}
