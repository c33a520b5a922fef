/** CONTAINS_TOKEN and free-text matching: case-insensitive tokens, `*` as a wildcard. */

function tokensOf(value: string): string[] {
  const lower = value.toLowerCase();
  return [lower, ...lower.split(/\s+/), ...lower.split(/[^\p{L}\p{N}]+/u)].filter(Boolean);
}

function patternOf(token: string): RegExp {
  const escaped = token
    .toLowerCase()
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${escaped}$`, "u");
}

/** Every whitespace-separated part of `needle` must match a token of `value`. */
export function containsToken(value: string, needle: string): boolean {
  const tokens = tokensOf(value);
  const parts = needle.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return false;
  return parts.every((part) => {
    const pattern = patternOf(part);
    return tokens.some((token) => pattern.test(token));
  });
}

/** `query` matches words by prefix, the way HubSpot's search box does. */
export function matchesQuery(value: string | undefined, query: string): boolean {
  const words = query.toLowerCase().split(/[^\p{L}\p{N}*]+/u).filter(Boolean);
  if (words.length === 0) return true;
  if (!value) return false;
  const tokens = tokensOf(value);
  return words.every((word) => {
    const pattern = patternOf(word.endsWith("*") ? word : `${word}*`);
    return tokens.some((token) => pattern.test(token));
  });
}
