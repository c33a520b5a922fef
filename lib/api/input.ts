import type { NextRequest } from "next/server";
import type { z } from "zod";
import { AppError, badInput } from "@/lib/contracts/errors";

const KINDS: Record<string, string> = { string: "text", number: "a number", array: "a list", object: "an object", boolean: "true or false" };

/** The schemas' own messages where they have one; zod's generic ones put in plain words. */
function inWords(issue: z.core.$ZodIssue): string {
  if (!/^(Invalid input|Too small|Too big)/.test(issue.message)) return issue.message;
  if (issue.code === "invalid_type") return `must be ${KINDS[issue.expected] ?? issue.expected}.`;
  if (issue.code === "too_small" && issue.origin === "array") return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? "" : "s"}.`;
  if (issue.code === "too_big" && issue.origin === "array") return `holds at most ${issue.maximum} items.`;
  return "is not valid here.";
}

/** Turns a schema failure into one sentence a person can act on. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue.path.length === 0 && issue.code === "invalid_type") throw badInput("The request body must be a JSON object.");
  const name = issue.path.join(".");
  throw badInput(`${name ? `${name}: ` : ""}${inWords(issue)}`);
}

/** Query parameters as a plain object; only `repeatable` keys may come more than once. */
export function queryObject(req: NextRequest, repeatable: readonly string[] = []): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(req.nextUrl.searchParams.keys())) {
    const all = req.nextUrl.searchParams.getAll(key);
    if (!repeatable.includes(key) && all.length > 1) throw badInput(`${key} is given ${all.length} times; give it once.`);
    out[key] = repeatable.includes(key) ? all : all[0];
  }
  return out;
}

const tooLarge = (message: string) => new AppError("PAYLOAD_TOO_LARGE", message);

/**
 * A JSON body read with a size cap, so an oversized request is refused before it is parsed.
 */
export async function readJsonBody(req: NextRequest, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(`The request body is too large (${declared} bytes; at most ${maxBytes}).`);
  const reader = req.body?.getReader();
  if (!reader) throw badInput("The request needs a JSON body.");
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(`The request body is too large (more than ${maxBytes} bytes).`);
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text.trim()) throw badInput("The request needs a JSON body.");
  try {
    return JSON.parse(text);
  } catch {
    throw badInput("The request body is not valid JSON.");
  }
}
