/**
 * One value per Node process. Next.js bundles server code more than once (server-rendered pages
 * and route handlers each get their own copy of a module), so a module-level `let` would give
 * pages and API routes separate caches, rate budgets and in-flight maps: twice the HubSpot calls,
 * and two budgets that together overrun the portal's limit. globalThis is the same for all copies.
 */
const PREFIX = "goalboard.";

type Registry = Record<symbol, unknown>;

export function processSingleton<T>(name: string, create: () => T): T {
  const registry = globalThis as unknown as Registry;
  const key = Symbol.for(`${PREFIX}${name}`);
  if (!(key in registry)) registry[key] = create();
  return registry[key] as T;
}

/** Tests that simulate a freshly started process forget every singleton first. */
export function resetProcessSingletonsForTests(): void {
  const registry = globalThis as unknown as Registry;
  for (const key of Object.getOwnPropertySymbols(registry)) {
    if (key.description?.startsWith(PREFIX)) delete registry[key];
  }
}
