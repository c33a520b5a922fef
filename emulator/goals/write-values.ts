import type { PropertyValues } from "../model";
import { PROPERTY_CATALOGUE, type PropertyDefinition } from "./catalogue";

export interface PropertyProblem {
  name: string;
  code: string;
  message: string;
}

export type WriteCheck = { ok: true; values: PropertyValues } | { ok: false; problems: PropertyProblem[] };

const INTEGER_LIKE = /_id$|_ids$|_offset$/;

function normalise(definition: PropertyDefinition, raw: string): string | PropertyProblem {
  const problem = (code: string, message: string): PropertyProblem => ({ name: definition.name, code, message });
  switch (definition.type) {
    case "number": {
      // HubSpot takes digits, one optional leading minus and one optional point: no commas, spaces or exponents.
      const integer = INTEGER_LIKE.test(definition.name);
      const valid = integer ? /^-?\d+$/.test(raw) : /^-?(?:\d+\.?\d*|\.\d+)$/.test(raw);
      return valid ? raw : problem(integer ? "INVALID_INTEGER" : "INVALID_DECIMAL", `${raw} was not a valid ${integer ? "integer" : "number"}.`);
    }
    case "datetime":
    case "date": {
      const ms = /^-?\d+$/.test(raw.trim()) ? Number(raw) : Date.parse(raw);
      // HubSpot stores instants; either an ISO string or epoch milliseconds may be written.
      return Number.isFinite(ms) ? new Date(ms).toISOString() : problem("INVALID_DATE", `${raw} was not a valid date.`);
    }
    case "bool": {
      const lower = raw.toLowerCase();
      return lower === "true" || lower === "false" ? lower : problem("INVALID_OPTION", `${raw} was not one of the allowed options: [true, false]`);
    }
    default:
      return raw;
  }
}

/** Checks values sent to create or update; an empty string clears a value, as in HubSpot. */
export function checkWrite(input: Record<string, unknown>): WriteCheck {
  const values: PropertyValues = {};
  const problems: PropertyProblem[] = [];
  for (const [name, value] of Object.entries(input)) {
    const definition = PROPERTY_CATALOGUE.get(name);
    if (!definition) {
      problems.push({ name, code: "PROPERTY_DOESNT_EXIST", message: `Property "${name}" does not exist` });
      continue;
    }
    if (definition.readOnly) {
      problems.push({ name, code: "READ_ONLY_VALUE", message: `"${name}" is a read only property; its value cannot be set.` });
      continue;
    }
    if (value === null || value === "") {
      values[name] = null;
      continue;
    }
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      problems.push({ name, code: "INVALID_PROPERTY_VALUE", message: `The value for "${name}" must be a string.` });
      continue;
    }
    const normalised = normalise(definition, String(value));
    if (typeof normalised === "string") values[name] = normalised;
    else problems.push(normalised);
  }
  return problems.length ? { ok: false, problems } : { ok: true, values };
}
