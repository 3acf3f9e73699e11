/**
 * `items.map(f)` as an array grown from a literal. `map` makes an empty array of another elements kind than a
 * full one, and optimised code that had seen only one kind was thrown away and compiled again when the other
 * came (in every ingest worker, on every import). Arrays grown from one literal share the kind V8 tracks for it.
 */
export function pushAll<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}
