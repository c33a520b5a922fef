import type { ServerResponse } from "node:http";
import { serialize, type Reply } from "../http/reply";

/**
 * Sends a reply. Every response carries X-HubSpot-Correlation-Id; a "malformed" reply is cut in half,
 * the way a dropped proxy connection can truncate a body that still says 200.
 */
export function writeReply(res: ServerResponse, reply: Reply, correlationId: string, malformed = false): void {
  if (res.destroyed || res.headersSent) return;
  const headers: Record<string, string> = { "X-HubSpot-Correlation-Id": correlationId, ...reply.headers };
  const payload = serialize(reply);
  if (!payload) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  const text = malformed ? payload.text.slice(0, Math.max(1, Math.floor(payload.text.length / 2))) : payload.text;
  headers["Content-Type"] = payload.contentType;
  headers["Content-Length"] = String(Buffer.byteLength(text));
  res.writeHead(reply.status, headers);
  res.end(text);
}
