/** Query-string readers shared by the list and read routes. */

/**
 * HubSpot takes array parameters both as a comma list and as repeated keys (the official Node client
 * sends repeated keys); any mix of the two is merged, in order, without duplicates.
 */
export function listParam(params: URLSearchParams, name: string): string[] | undefined {
  const raw = params.getAll(name);
  if (raw.length === 0) return undefined;
  const names = raw.flatMap((value) => value.split(",")).map((value) => value.trim()).filter(Boolean);
  return [...new Set(names)];
}

export function booleanParam(params: URLSearchParams, name: string): boolean {
  return params.get(name)?.toLowerCase() === "true";
}

export type IntResult = { ok: true; value: number } | { ok: false };

export function intParam(params: URLSearchParams, name: string, fallback: number): IntResult {
  const raw = params.get(name);
  if (raw === null || raw === "") return { ok: true, value: fallback };
  if (!/^-?\d+$/.test(raw.trim())) return { ok: false };
  return { ok: true, value: Number(raw.trim()) };
}
