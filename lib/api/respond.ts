import { NextResponse } from "next/server";
import { AppError } from "@/lib/contracts/errors";

/** Answers from Goalboard's API are per user: never stored by browsers or shared caches. */
const NO_STORE = "private, no-store";

export function jsonResponse(body: unknown, requestId: string, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: { "cache-control": NO_STORE, "x-request-id": requestId } });
}

export function errorResponse(error: AppError, requestId: string): NextResponse {
  const res = jsonResponse(error.toBody(), requestId, error.status);
  if (error.extra.retryAfterSeconds !== undefined) res.headers.set("retry-after", String(error.extra.retryAfterSeconds));
  return res;
}

/** A download: the body as an attachment with its file name. */
export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${filename}"`, "cache-control": NO_STORE },
  });
}
