type Wrapped = { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };

/**
 * The names of an error and of the errors it wraps (Dexie's `inner` and `failures`, `cause`), five levels
 * deep: IndexedDB reports a full disk as a QuotaExceededError that Dexie may hand on as-is, inside an
 * AbortError, or inside a BulkError's failures; and an error crossing from a worker keeps only these names.
 */
export function errorNames(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 5) return [];
  const e = error as Wrapped;
  const failures = Array.isArray(e.failures) ? (e.failures as unknown[]) : [];
  const inner = [e.inner, e.cause, ...failures].flatMap((i) => errorNames(i, depth + 1));
  return typeof e.name === 'string' ? [e.name, ...inner] : inner;
}
