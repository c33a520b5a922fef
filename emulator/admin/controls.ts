import { z } from "zod";
import { parseJson } from "../http/body";
import { json, noContent, type Reply } from "../http/reply";
import { faultInputSchema } from "../faults/rules";
import { writeRuleInputSchema } from "../goals/write-rules";
import type { RequestContext } from "../routing/context";
import { adminError } from "./portals";
import { latencyInputSchema, resolveLatency } from "../latency";

async function body<S extends z.ZodType>(ctx: RequestContext, schema: S): Promise<{ value: z.infer<S> } | { reply: Reply }> {
  const parsed = parseJson(await ctx.text());
  if (!parsed.ok) return { reply: adminError(400, parsed.message) };
  const result = schema.safeParse(parsed.value);
  if (!result.success) return { reply: adminError(400, result.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ")) };
  return { value: result.data };
}

export async function getCalls(ctx: RequestContext): Promise<Reply> {
  return json(200, ctx.state.calls.snapshot());
}

export async function resetCalls(ctx: RequestContext): Promise<Reply> {
  ctx.state.calls.reset();
  return noContent();
}

export async function addFault(ctx: RequestContext): Promise<Reply> {
  const parsed = await body(ctx, faultInputSchema);
  if ("reply" in parsed) return parsed.reply;
  return json(201, ctx.state.faults.add(parsed.value));
}

export async function listFaults(ctx: RequestContext): Promise<Reply> {
  return json(200, ctx.state.faults.list());
}

export async function clearFaults(ctx: RequestContext): Promise<Reply> {
  ctx.state.faults.clear();
  return noContent();
}

export async function addWriteRule(ctx: RequestContext): Promise<Reply> {
  const parsed = await body(ctx, writeRuleInputSchema);
  if ("reply" in parsed) return parsed.reply;
  if (!ctx.state.portals.has(parsed.value.portalId)) return adminError(404, `No portal ${parsed.value.portalId}`);
  return json(201, ctx.state.writeRules.add(parsed.value));
}

export async function listWriteRules(ctx: RequestContext): Promise<Reply> {
  return json(200, ctx.state.writeRules.list());
}

export async function clearWriteRules(ctx: RequestContext): Promise<Reply> {
  ctx.state.writeRules.clear();
  return noContent();
}

const expireSchema = z.object({ accessToken: z.string().optional(), portalId: z.number().int().optional() }).strict();

export async function expireTokens(ctx: RequestContext): Promise<Reply> {
  const parsed = await body(ctx, expireSchema);
  if ("reply" in parsed) return parsed.reply;
  return json(200, { expired: ctx.state.tokens.expire(parsed.value) });
}

/**
 * Issued OAuth tokens as plain strings (what a leak scan looks for), with their grants in `details`.
 * Private-app tokens are constants and not listed.
 */
export async function listTokens(ctx: RequestContext): Promise<Reply> {
  const raw = ctx.url.searchParams.get("portalId");
  const portalId = raw ? Number(raw) : undefined;
  const now = Date.now();
  const access = ctx.state.tokens.oauthAccessTokens(portalId);
  const refresh = ctx.state.tokens.refreshTokens(portalId);
  return json(200, {
    accessTokens: access.map((grant) => grant.token),
    refreshTokens: refresh.map((grant) => grant.token),
    details: {
      access: access.map((grant) => ({
        token: grant.token,
        portalId: grant.portalId,
        userId: grant.userId,
        scopes: grant.scopes,
        expiresAt: new Date(grant.expiresAt ?? 0).toISOString(),
        expired: (grant.expiresAt ?? 0) <= now,
      })),
      refresh: refresh.map((grant) => ({
        token: grant.token,
        portalId: grant.portalId,
        userId: grant.userId,
        scopes: grant.scopes,
        revoked: grant.revoked,
      })),
    },
  });
}

const limitsSchema = z
  .object({ tenSecondly: z.number().int().positive().optional(), searchPerSecond: z.number().int().positive().optional() })
  .strict();

export async function setLimits(ctx: RequestContext): Promise<Reply> {
  const parsed = await body(ctx, limitsSchema);
  if ("reply" in parsed) return parsed.reply;
  const limiter = ctx.state.limiter;
  limiter.configure({
    tenSecondly: parsed.value.tenSecondly ?? limiter.settings.tenSecondly,
    searchPerSecond: parsed.value.searchPerSecond ?? limiter.settings.searchPerSecond,
  });
  return json(200, limiter.settings);
}

export async function getLimits(ctx: RequestContext): Promise<Reply> {
  return json(200, ctx.state.limiter.settings);
}

/** A preset and/or kinds to replace; without a preset, the kinds not named keep their current delay. */
export async function setLatency(ctx: RequestContext): Promise<Reply> {
  const parsed = await body(ctx, latencyInputSchema);
  if ("reply" in parsed) return parsed.reply;
  ctx.state.latency = resolveLatency(parsed.value, ctx.state.latency);
  return json(200, ctx.state.latency);
}

export async function getLatency(ctx: RequestContext): Promise<Reply> {
  return json(200, ctx.state.latency);
}

export async function resetAll(ctx: RequestContext): Promise<Reply> {
  ctx.state.reset();
  return noContent();
}

export async function health(): Promise<Reply> {
  return json(200, { ok: true });
}
