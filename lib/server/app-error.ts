import "server-only";
import { AppError } from "@/lib/contracts/errors";
import { log } from "@/lib/log";

/** Any failure as an answer the user can read; one nobody foresaw is logged with a reference. */
export function toAppError(error: unknown, requestId: string): AppError {
  if (error instanceof AppError) return error;
  log.error({ requestId, err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) }, "unhandled error");
  return new AppError("INTERNAL", `Something went wrong in Goalboard. Reference: ${requestId}`);
}
