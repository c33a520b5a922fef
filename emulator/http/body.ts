import type { IncomingMessage } from "node:http";

const MAX_BODY_BYTES = 2 * 1024 * 1024;

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError("request body too large");
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** An empty body parses as `{}`: HubSpot treats a missing body like an empty object. */
export function parseJson(text: string): JsonResult {
  if (text.trim() === "") return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `Invalid input JSON: ${(error as Error).message}` };
  }
}

export function parseForm(text: string): URLSearchParams {
  return new URLSearchParams(text);
}
