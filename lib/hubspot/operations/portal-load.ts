import "server-only";
import type { Account } from "@/lib/goals/model";
import { processSingleton } from "@/lib/process-singleton";
import type { PortalContext } from "../context";
import { getAccount, keepAccountFresh } from "./account";
import { type AllTargets, loadAllGoalTargets } from "./all-targets";
import { type DirectoryResult, keepDirectoryFresh, loadDirectory } from "./directory";

/** Per portal and scope, the targets' load whose freshness the names and account were given. */
const tiedTo = processSingleton("lookups-tied-to", () => new Map<string, string>());

/**
 * Every goal target of the portal with the names and the account it is shown with. Those two are
 * quick and read at the start of the load: on their own they would keep the cache's 30 s and be
 * stale when a 100 s read of 100,000 targets ends, so the next screen (another tab right after)
 * would read them again, 4 calls. They stay fresh as long as the targets instead. A small portal's
 * targets keep the cache's own freshness, and so do its names.
 */
export async function loadPortalTargets(ctx: PortalContext, archived: boolean, properties: readonly string[]): Promise<[AllTargets, DirectoryResult, Account]> {
  const loaded = await Promise.all([loadAllGoalTargets(ctx, archived, properties), loadDirectory(ctx), getAccount(ctx)]);
  const { fetchedAt, loadMs = 0 } = loaded[0];
  // Once per load and process: every later request of the same answer finds them extended.
  const key = `${ctx.portalId}|${archived}`;
  if (tiedTo.get(key) !== fetchedAt) {
    tiedTo.set(key, fetchedAt);
    const along = { loadedAt: Date.parse(fetchedAt), loadMs };
    await Promise.all([keepDirectoryFresh(ctx, along), keepAccountFresh(ctx, along)]);
  }
  return loaded;
}
