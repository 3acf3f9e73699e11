const PREFIX = 'coverage-workbench-page-';
let id: string | null = null;

/**
 * This page's id, and from its first call a Web Lock named for it, held until the page goes: another page can
 * then tell whether the page that wrote something (an import journal entry) is still open.
 */
export function pageId(): string {
  if (id) return id;
  id = crypto.randomUUID();
  // The lock is released only when the page closes, reloads or crashes.
  void globalThis.navigator?.locks?.request(PREFIX + id, () => new Promise<never>(() => {}));
  return id;
}

/**
 * Ids of the workbench pages open now, in any tab of this origin, this one included once it has an id. A lock
 * still being granted counts: a page that has just asked for it is open.
 */
export async function openPageIds(): Promise<ReadonlySet<string>> {
  const locks = await navigator.locks?.query();
  const ids = [...(locks?.held ?? []), ...(locks?.pending ?? [])].flatMap((lock) =>
    lock.name?.startsWith(PREFIX) ? [lock.name.slice(PREFIX.length)] : [],
  );
  return new Set(id ? [id, ...ids] : ids);
}
