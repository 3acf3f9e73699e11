import type { Outlet, OutletDirectory } from './outlet-directory';

const sameName = new Intl.Collator(undefined, { sensitivity: 'base' });

/**
 * The outlet an address's `outlet` parameter names, or null: by its key (what the app's own links write), by
 * the name it is shown by (a renamed outlet's new name; case and accents aside), or by any spelling of it or
 * of an outlet merged into it ("Linden Post", "lindenpost.com"). An analyst types or pastes the name they see.
 */
export function findOutlet(directory: OutletDirectory, value: string): Outlet | null {
  const byKey = directory.outlets.get(value);
  if (byKey) return byKey;
  const name = value.replace(/\s+/g, ' ').trim();
  for (const outlet of directory.outlets.values())
    if (sameName.compare(outlet.name, name) === 0) return outlet;
  return directory.resolve(name);
}
