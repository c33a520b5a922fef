import { validationError } from "../../http/errors";
import type { Reply } from "../../http/reply";
import type { PropertyProblem } from "../../goals/writeValues";

/** HubSpot's "Property values were not valid" body: a legacy JSON list in the message plus errors[]. */
export function invalidProperties(correlationId: string, portalId: number, problems: PropertyProblem[]): Reply {
  const legacy = problems.map((problem) => ({
    isValid: false,
    message: problem.message,
    error: problem.code,
    name: problem.name,
    localizedErrorMessage: problem.message,
    portalId,
  }));
  return validationError(
    correlationId,
    `Property values were not valid: ${JSON.stringify(legacy)}`,
    problems.map((problem) => ({ message: problem.message, code: problem.code, context: { propertyName: [problem.name] } })),
  );
}
