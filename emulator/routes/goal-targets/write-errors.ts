import { hubspotError, type ErrorDetail } from "../../http/errors";
import type { Reply } from "../../http/reply";
import type { PropertyProblem } from "../../goals/write-values";
import type { RuleViolation } from "../../goals/write-rules";

/** Why one input of a write was refused: alone it is the whole answer, in a batch one of its errors. */
export interface InputFailure {
  status: number;
  category: string;
  message: string;
  errors: ErrorDetail[];
  context: Record<string, string[]>;
}

/** HubSpot's "Property values were not valid" failure: a legacy JSON list in the message plus errors[]. */
export function invalidPropertiesFailure(portalId: number, problems: PropertyProblem[]): InputFailure {
  const legacy = problems.map((problem) => ({
    isValid: false,
    message: problem.message,
    error: problem.code,
    name: problem.name,
    localizedErrorMessage: problem.message,
    portalId,
  }));
  return {
    status: 400,
    category: "VALIDATION_ERROR",
    message: `Property values were not valid: ${JSON.stringify(legacy)}`,
    errors: problems.map((problem) => ({ message: problem.message, code: problem.code, context: { propertyName: [problem.name] } })),
    context: {},
  };
}

export function ruleFailure(portalId: number, violation: RuleViolation): InputFailure {
  return invalidPropertiesFailure(portalId, [{ name: violation.property, code: violation.code, message: violation.message }]);
}

export function notFoundFailure(id: string): InputFailure {
  return {
    status: 404,
    category: "OBJECT_NOT_FOUND",
    message: "Object not found.  objectId are usually numeric.",
    errors: [{ message: `No goal_target with id ${id}`, code: "OBJECT_NOT_FOUND", context: { id: [id] } }],
    context: { id: [id] },
  };
}

/** The failure as a request's whole answer. */
export function failureReply(correlationId: string, failure: InputFailure, errors = failure.errors): Reply {
  const extra: Record<string, unknown> = { errors };
  if (Object.keys(failure.context).length) extra.context = failure.context;
  return hubspotError(failure.status, correlationId, failure.category, failure.message, extra);
}

/** The failure as one entry of a 207's `errors`: HubSpot's StandardError, every field present. */
export function standardError(failure: InputFailure, objectWriteTraceId: string | undefined) {
  return {
    status: "error",
    category: failure.category,
    message: failure.message,
    context: objectWriteTraceId ? { ...failure.context, objectWriteTraceId: [objectWriteTraceId] } : failure.context,
    errors: failure.errors,
    links: {},
  };
}
