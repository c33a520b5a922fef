import { z } from "zod";
import { wireRecord } from "./schemas";

/**
 * HubSpot's answers to writes and history reads, checked before use like every other answer.
 * A history entry's value is a string ("" for a cleared value); who made it is optional.
 */
export const historyEntry = z.object({
  value: z.string(),
  timestamp: z.iso.datetime({ offset: true }),
  sourceType: z.string(),
  sourceId: z.string().optional(),
  sourceLabel: z.string().optional(),
  updatedByUserId: z.number().int().optional(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

export const recordWithHistory = wireRecord.extend({
  propertiesWithHistory: z.record(z.string(), z.array(historyEntry)).optional(),
  objectWriteTraceId: z.string().optional(),
});
export type RecordWithHistory = z.infer<typeof recordWithHistory>;

/** One failed input of a batch (HubSpot's StandardError); every field is read as optional. */
export const batchError = z.object({
  status: z.string().optional(),
  category: z.string().optional(),
  message: z.string().default(""),
  context: z.record(z.string(), z.array(z.string())).optional(),
  errors: z.array(z.object({ message: z.string().optional(), code: z.string().optional() })).optional(),
});
export type BatchError = z.infer<typeof batchError>;

/** batch/read, batch/update: 200, or 207 with `errors`. */
export const batchAnswer = z.object({
  status: z.string(),
  results: z.array(recordWithHistory),
  numErrors: z.number().optional(),
  errors: z.array(batchError).optional(),
});
