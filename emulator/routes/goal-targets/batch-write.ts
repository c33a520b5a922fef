import { z } from "zod";
import type { PropertyValues, TargetRecord } from "../../model";
import { validationError } from "../../http/errors";
import { jsonBody } from "../../http/json-body";
import { json, type Reply } from "../../http/reply";
import { PROPERTY_CATALOGUE } from "../../goals/catalogue";
import { sourceOf } from "../../goals/history";
import { lookupTarget } from "../../goals/lookup";
import { responseProperties, toWire, type WireTarget } from "../../goals/serialize";
import type { ApiContext } from "../../routing/context";
import { MAX_BATCH } from "./batch-read";
import { failureReply, type InputFailure, notFoundFailure, standardError } from "./write-errors";
import { checkInput, withCreator } from "./write-input";

const id = z.union([z.string().min(1), z.number()]).transform(String);
const properties = z.record(z.string(), z.unknown());
const traceId = z.string().min(1).optional();

const createSchema = z.object({
  inputs: z.array(z.object({ properties, associations: z.array(z.unknown()).optional(), objectWriteTraceId: traceId })),
});
const updateSchema = z.object({
  inputs: z.array(z.object({ id, idProperty: z.string().optional(), properties, objectWriteTraceId: traceId })),
});
const upsertSchema = z.object({
  inputs: z.array(z.object({ id, idProperty: z.string().min(1), properties, objectWriteTraceId: traceId })),
});

/** One input, checked: either ready to apply or refused with a reason. */
type Prepared = { ok: true; trace?: string; apply: (at: Date) => WireTarget } | { ok: false; trace?: string; failure: InputFailure };

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.has(value) || !seen.add(value)))];
}

function checkSize(ctx: ApiContext, inputs: readonly { objectWriteTraceId?: string }[]): Reply | undefined {
  if (inputs.length === 0) return validationError(ctx.correlationId, "inputs must hold at least one input.");
  if (inputs.length > MAX_BATCH) {
    return validationError(ctx.correlationId, `Too many inputs: ${inputs.length}. A batch holds at most ${MAX_BATCH}.`);
  }
  const traces = inputs.flatMap((input) => (input.objectWriteTraceId ? [input.objectWriteTraceId] : []));
  const repeated = duplicates(traces);
  if (repeated.length) return validationError(ctx.correlationId, `Duplicate objectWriteTraceId values in batch input: [${repeated.join(", ")}]`);
  return undefined;
}

/** The written properties and the defaults, plus the caller's trace id, as HubSpot answers a write. */
function writtenWire(record: TargetRecord, values: PropertyValues, trace: string | undefined): WireTarget {
  const wire = toWire(record, responseProperties(Object.keys(values)));
  if (trace) wire.objectWriteTraceId = trace;
  return wire;
}

/**
 * Applies a checked batch. With a unique `objectWriteTraceId` on every input, inputs succeed or fail
 * on their own: the successes are written and the answer is 207 with one error per failed input.
 * Without, the batch is all or nothing: the first failure answers for it and nothing is written.
 */
function settle(ctx: ApiContext, prepared: Prepared[], okStatus: number, startedAt: string): Reply {
  const failures = prepared.filter((input) => !input.ok);
  const traced = prepared.every((input) => input.trace !== undefined);
  if (failures.length && !traced) {
    const first = failures[0].failure;
    return failureReply(ctx.correlationId, first, failures.flatMap((input) => input.failure.errors));
  }
  const at = new Date();
  const results = prepared.flatMap((input) => (input.ok ? [input.apply(at)] : []));
  const body: Record<string, unknown> = { status: "COMPLETE", results, startedAt, completedAt: new Date().toISOString() };
  if (failures.length === 0) return json(okStatus, body);
  return json(207, {
    ...body,
    numErrors: failures.length,
    errors: failures.map((input) => standardError(input.failure, input.trace)),
  });
}

export async function batchCreateTargets(ctx: ApiContext): Promise<Reply> {
  const startedAt = new Date().toISOString();
  const parsed = await jsonBody(ctx, createSchema);
  if (!parsed.ok) return parsed.reply;
  const refused = checkSize(ctx, parsed.value.inputs);
  if (refused) return refused;
  const source = sourceOf(ctx.grant);
  const prepared = parsed.value.inputs.map((input): Prepared => {
    const trace = input.objectWriteTraceId;
    const check = checkInput(ctx, undefined, input.properties);
    if (!check.ok) return { ok: false, trace, failure: check.failure };
    const values = withCreator(ctx, check.values);
    return { ok: true, trace, apply: (at) => writtenWire(ctx.portal.targets.insert(values, at, source), values, trace) };
  });
  return settle(ctx, prepared, 201, startedAt);
}

export async function batchUpdateTargets(ctx: ApiContext): Promise<Reply> {
  const startedAt = new Date().toISOString();
  const parsed = await jsonBody(ctx, updateSchema);
  if (!parsed.ok) return parsed.reply;
  const { inputs } = parsed.value;
  const refused = checkSize(ctx, inputs);
  if (refused) return refused;
  const found: Array<TargetRecord | undefined> = [];
  for (const input of inputs) {
    const lookup = lookupTarget(ctx.portal.targets, input.id, input.idProperty, false);
    if ("invalid" in lookup) return validationError(ctx.correlationId, lookup.invalid);
    found.push("found" in lookup ? lookup.found : undefined);
  }
  const repeated = duplicates(found.flatMap((record) => (record ? [record.id] : [])));
  if (repeated.length) return validationError(ctx.correlationId, `Duplicate IDs found in batch input: [${repeated.join(", ")}]. IDs must be unique.`);
  const source = sourceOf(ctx.grant);
  const prepared = inputs.map((input, index): Prepared => {
    const trace = input.objectWriteTraceId;
    const record = found[index];
    if (!record) return { ok: false, trace, failure: notFoundFailure(input.id) };
    const check = checkInput(ctx, record, input.properties);
    if (!check.ok) return { ok: false, trace, failure: check.failure };
    return { ok: true, trace, apply: (at) => writtenWire(ctx.portal.targets.update(record, check.values, at, source), check.values, trace) };
  });
  return settle(ctx, prepared, 200, startedAt);
}

/**
 * Updates the record whose `idProperty` holds `id`, or creates one holding it. Results say which
 * with `new`, as HubSpot's upsert answers do.
 */
export async function batchUpsertTargets(ctx: ApiContext): Promise<Reply> {
  const startedAt = new Date().toISOString();
  const parsed = await jsonBody(ctx, upsertSchema);
  if (!parsed.ok) return parsed.reply;
  const { inputs } = parsed.value;
  const refused = checkSize(ctx, inputs);
  if (refused) return refused;
  for (const input of inputs) {
    const definition = PROPERTY_CATALOGUE.get(input.idProperty);
    if (!definition || definition.readOnly) {
      return validationError(ctx.correlationId, `Property ${input.idProperty} cannot identify records in an upsert: it must be a writable property with unique values.`);
    }
  }
  const keys = inputs.map((input) => `${input.idProperty}=${input.id}`);
  const repeated = duplicates(keys);
  if (repeated.length) return validationError(ctx.correlationId, `Duplicate IDs found in batch input: [${repeated.join(", ")}]. IDs must be unique.`);
  const source = sourceOf(ctx.grant);
  const prepared = inputs.map((input): Prepared => {
    const trace = input.objectWriteTraceId;
    const record = ctx.portal.targets.findBy(input.idProperty, input.id);
    const check = checkInput(ctx, record, { ...input.properties, [input.idProperty]: input.id });
    if (!check.ok) return { ok: false, trace, failure: check.failure };
    const apply = (at: Date) => {
      const values = record ? check.values : withCreator(ctx, check.values);
      const written = record ? ctx.portal.targets.update(record, values, at, source) : ctx.portal.targets.insert(values, at, source);
      return { ...writtenWire(written, values, trace), new: !record };
    };
    return { ok: true, trace, apply };
  });
  return settle(ctx, prepared, 200, startedAt);
}
