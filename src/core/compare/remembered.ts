/**
 * `compute` remembered by its argument. Everything is forgotten once more than `limit` answers are kept, so a
 * long-lived worker's memory stays bounded whatever it is given.
 */
export function remembered<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size > limit) known.clear();
      known.set(key, (value = compute(key)));
    }
    return value;
  };
}
