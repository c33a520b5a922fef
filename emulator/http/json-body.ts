import type { z } from "zod";
import { parseJson } from "./body";
import { validationError } from "./errors";
import type { Reply } from "./reply";
import type { RequestContext } from "../routing/context";

export type Parsed<T> = { ok: true; value: T } | { ok: false; reply: Reply };

/** Reads a JSON body and checks it against a schema, answering HubSpot's 400 when it does not fit. */
export async function jsonBody<S extends z.ZodType>(ctx: RequestContext, schema: S): Promise<Parsed<z.infer<S>>> {
  const parsed = parseJson(await ctx.text());
  if (!parsed.ok) return { ok: false, reply: validationError(ctx.correlationId, parsed.message) };
  const result = schema.safeParse(parsed.value);
  if (result.success) return { ok: true, value: result.data };
  const errors = result.error.issues.map((issue) => ({
    message: issue.message,
    code: "INVALID_INPUT",
    ...(issue.path.length ? { context: { field: [issue.path.join(".")] } } : {}),
  }));
  const first = result.error.issues[0];
  const where = first.path.length ? ` at ${first.path.join(".")}` : "";
  return { ok: false, reply: validationError(ctx.correlationId, `Invalid input JSON${where}: ${first.message}`, errors) };
}
