import { resourceNotFound, validationError } from "../http/errors";
import { offsetPage } from "../http/offset-page";
import { booleanParam } from "../http/query";
import { json, type Reply } from "../http/reply";
import type { ApiContext, ApiRoute } from "../routing/context";

async function listOwners(ctx: ApiContext): Promise<Reply> {
  const params = ctx.url.searchParams;
  const archived = booleanParam(params, "archived");
  const email = params.get("email")?.toLowerCase();
  const owners = ctx.portal.directory.owners.filter(
    (owner) => owner.archived === archived && (!email || owner.email.toLowerCase() === email),
  );
  return offsetPage(ctx, owners, 100, 500);
}

async function getOwner(ctx: ApiContext): Promise<Reply> {
  const params = ctx.url.searchParams;
  const idProperty = params.get("idProperty") ?? "id";
  if (idProperty !== "id" && idProperty !== "userId") {
    return validationError(ctx.correlationId, `Invalid idProperty: ${idProperty}. Use id or userId.`);
  }
  const archived = booleanParam(params, "archived");
  const owner = ctx.portal.directory.owners.find(
    (candidate) =>
      candidate.archived === archived &&
      (idProperty === "id" ? candidate.id === ctx.params.id : String(candidate.userId) === ctx.params.id),
  );
  return owner ? json(200, owner) : resourceNotFound(ctx.correlationId, `Owner ${ctx.params.id} not found`);
}

async function listUsers(ctx: ApiContext): Promise<Reply> {
  return offsetPage(ctx, ctx.portal.directory.users, 100, 100);
}

async function getUser(ctx: ApiContext): Promise<Reply> {
  const idProperty = ctx.url.searchParams.get("idProperty") ?? "USER_ID";
  if (idProperty !== "USER_ID" && idProperty !== "EMAIL") {
    return validationError(ctx.correlationId, `Invalid idProperty: ${idProperty}. Use USER_ID or EMAIL.`);
  }
  const wanted = ctx.params.id.toLowerCase();
  const user = ctx.portal.directory.users.find((candidate) =>
    idProperty === "EMAIL" ? candidate.email.toLowerCase() === wanted : candidate.id === ctx.params.id,
  );
  return user ? json(200, user) : resourceNotFound(ctx.correlationId, `User ${ctx.params.id} not found`);
}

async function listTeams(ctx: ApiContext): Promise<Reply> {
  return json(200, { results: ctx.portal.directory.teams });
}

const OWNERS = "crm.objects.owners.read";

// The official client calls the users list with a trailing slash; paths are matched without one.
export const directoryRoutes: ApiRoute[] = [
  { auth: "bearer", method: "GET", pattern: /^\/crm\/(?:v3\/owners|owners\/2026-03)$/, operation: "owners.list", scope: OWNERS, limit: "standard", handle: listOwners },
  { auth: "bearer", method: "GET", pattern: /^\/crm\/(?:v3\/owners|owners\/2026-03)\/(?<id>[^/]+)$/, operation: "owners.get", scope: OWNERS, limit: "standard", handle: getOwner },
  { auth: "bearer", method: "GET", pattern: /^\/settings\/(?:v3\/users|users\/2026-03)\/teams$/, operation: "teams.list", scope: "settings.users.teams.read", limit: "standard", handle: listTeams },
  { auth: "bearer", method: "GET", pattern: /^\/settings\/(?:v3\/users|users\/2026-03)$/, operation: "users.list", scope: "settings.users.read", limit: "standard", handle: listUsers },
  { auth: "bearer", method: "GET", pattern: /^\/settings\/(?:v3\/users|users\/2026-03)\/(?<id>[^/]+)$/, operation: "users.get", scope: "settings.users.read", limit: "standard", handle: getUser },
];
