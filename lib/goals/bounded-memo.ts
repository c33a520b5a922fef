/**
 * Remembers a pure function's results by key, for maths that pages repeat row after row (reading a
 * period bound in a zone, printing a period). Once `limit` results are held they are all dropped,
 * so memory stays bounded however varied the input; a result depends only on its key, never on a
 * portal's data, so entries can be shared between requests.
 */
export function boundedMemo<T>(limit: number): (key: string, compute: () => T) => T {
  const results = new Map<string, T>();
  return (key, compute) => {
    if (results.has(key)) return results.get(key) as T;
    if (results.size >= limit) results.clear();
    const result = compute();
    results.set(key, result);
    return result;
  };
}
