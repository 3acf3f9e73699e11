import { isColor, type Label, type Tag } from '../core/model';
import type { Table } from 'dexie';
import { db } from './schema';

/** How many articles and annotations use a tag (or, for labels, how many annotations carry it). */
export type TagUses = Readonly<{ articles: number; annotations: number }>;

/** A rename or create that would give two tags (or two labels) one name. */
export class NameTakenError extends Error {
  constructor(
    readonly kind: 'tag' | 'label',
    name: string,
  ) {
    super(`A ${kind} named “${name}” already exists.`);
    this.name = 'NameTakenError';
  }
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Refuses a colour in no accepted format before it is stored (it would end up in `style`). */
function checkColor(color: string | undefined): void {
  if (color !== undefined && !isColor(color))
    throw new Error(`“${color}” is not a colour: use #rrggbb or a palette name.`);
}

/** Every tag, by name. */
export async function listTags(): Promise<Tag[]> {
  return db.tags.orderBy('name').toArray();
}

/** Every label: the built-in ones first, then the analyst's own by name. */
export async function listLabels(): Promise<Label[]> {
  const labels = await db.labels.orderBy('name').toArray();
  return [...labels.filter((l) => l.builtIn), ...labels.filter((l) => !l.builtIn)];
}

/** Returns the record of `table` called `name` (any case), storing the one `make` builds when there is none. */
async function findOrCreateNamed<T extends Tag | Label>(
  table: Table<T, string>,
  kind: 'tag' | 'label',
  name: string,
  color: string,
  make: (name: string) => T,
): Promise<T> {
  const clean = name.trim();
  if (!clean) throw new Error(`A ${kind} needs a name.`);
  checkColor(color);
  return db.transaction('rw', table, async () => {
    const existing = (await table.toArray()).find((r) => sameName(r.name, clean));
    if (existing) return existing;
    const record = make(clean);
    await table.add(record);
    return record;
  });
}

/** Returns the tag called `name` (any case), creating it with `color` when there is none. */
export function createTag(name: string, color: string): Promise<Tag> {
  return findOrCreateNamed(db.tags, 'tag', name, color, (clean) => ({
    id: `tag-${crypto.randomUUID()}`,
    name: clean,
    color,
  }));
}

/** Returns the label called `name` (any case), creating the analyst's own label when there is none. */
export function createLabel(name: string, color: string): Promise<Label> {
  return findOrCreateNamed(db.labels, 'label', name, color, (clean) => ({
    id: `label-${crypto.randomUUID()}`,
    name: clean,
    color,
    builtIn: false,
  }));
}

type NamePatch = Readonly<{ name?: string; color?: string }>;

/**
 * Renames and/or recolours the record `id` of `table`; throws NameTakenError when another record has the new
 * name, and whatever `check` throws on the stored record.
 */
async function updateNamed<T extends Tag | Label>(
  table: Table<T, string>,
  kind: 'tag' | 'label',
  id: string,
  patch: NamePatch,
  check: (current: T) => void = () => {},
): Promise<T> {
  checkColor(patch.color);
  return db.transaction('rw', table, async () => {
    const current = await table.get(id);
    if (!current) throw new Error(`That ${kind} no longer exists.`);
    check(current);
    const name = patch.name?.trim() || current.name;
    const clash = (await table.toArray()).find((r) => r.id !== id && sameName(r.name, name));
    if (clash) throw new NameTakenError(kind, name);
    const next: T = { ...current, name, color: patch.color ?? current.color };
    await table.put(next);
    return next;
  });
}

/** Renames and/or recolours a tag; throws NameTakenError when another tag has the new name. */
export function updateTag(id: string, patch: NamePatch): Promise<Tag> {
  return updateNamed(db.tags, 'tag', id, patch);
}

/**
 * Renames and/or recolours one of the analyst's labels; throws NameTakenError when another label has the new
 * name. Built-in labels keep their name and colour: exports and other tools know them by those.
 */
export function updateLabel(id: string, patch: NamePatch): Promise<Label> {
  return updateNamed(db.labels, 'label', id, patch, (current) => {
    if (current.builtIn) throw new Error('Built-in labels cannot be renamed or recoloured.');
  });
}

const replaceId = (ids: readonly string[], from: string, to: string | null): string[] => {
  const out = ids.filter((x) => x !== from);
  if (to !== null && ids.includes(from) && !out.includes(to)) out.push(to);
  return out;
};

/** Replaces (or with `to` null, removes) tag `from` on every article and annotation; returns the counts. */
async function repointTag(from: string, to: string | null): Promise<TagUses> {
  const articles = await db.articles.where('tags').equals(from).toArray();
  const annotations = await db.annotations.where('tags').equals(from).toArray();
  await db.articles.bulkPut(articles.map((a) => ({ ...a, tags: replaceId(a.tags, from, to) })));
  await db.annotations.bulkPut(annotations.map((a) => ({ ...a, tags: replaceId(a.tags, from, to) })));
  return { articles: articles.length, annotations: annotations.length };
}

/** Merges tag `fromId` into `intoId`: everything tagged with the first gets the second; the first goes. */
export async function mergeTags(fromId: string, intoId: string): Promise<TagUses> {
  if (fromId === intoId) return { articles: 0, annotations: 0 };
  return db.transaction('rw', db.tags, db.articles, db.annotations, async () => {
    if (!(await db.tags.get(intoId))) throw new Error('The tag to merge into no longer exists.');
    const moved = await repointTag(fromId, intoId);
    await db.tags.delete(fromId);
    return moved;
  });
}

/** Deletes a tag and takes it off every article and annotation; returns how many lost it. */
export async function deleteTag(id: string): Promise<TagUses> {
  return db.transaction('rw', db.tags, db.articles, db.annotations, async () => {
    const removed = await repointTag(id, null);
    await db.tags.delete(id);
    return removed;
  });
}

/** Merges label `fromId` into `intoId` on every annotation and deletes the first (unless built in). */
export async function mergeLabels(fromId: string, intoId: string): Promise<TagUses> {
  if (fromId === intoId) return { articles: 0, annotations: 0 };
  return db.transaction('rw', db.labels, db.annotations, async () => {
    const from = await db.labels.get(fromId);
    if (from?.builtIn) throw new Error('Built-in labels cannot be merged away.');
    if (!(await db.labels.get(intoId))) throw new Error('The label to merge into no longer exists.');
    const n = await db.annotations.where('label').equals(fromId).modify({ label: intoId });
    await db.labels.delete(fromId);
    return { articles: 0, annotations: n };
  });
}

/** Deletes one of the analyst's labels; annotations that had it keep their note with no label. */
export async function deleteLabel(id: string): Promise<TagUses> {
  return db.transaction('rw', db.labels, db.annotations, async () => {
    const label = await db.labels.get(id);
    if (label?.builtIn) throw new Error('Built-in labels cannot be deleted.');
    const n = await db.annotations.where('label').equals(id).modify({ label: null });
    await db.labels.delete(id);
    return { articles: 0, annotations: n };
  });
}

/** How many articles and annotations use each tag, by tag id (tags nobody uses are absent). */
export async function countTagUses(): Promise<Map<string, TagUses>> {
  const out = new Map<string, { articles: number; annotations: number }>();
  const bump = (id: string, field: 'articles' | 'annotations') => {
    const entry = out.get(id) ?? { articles: 0, annotations: 0 };
    entry[field]++;
    out.set(id, entry);
  };
  await db.articles.each((a) => a.tags.forEach((t) => bump(t, 'articles')));
  await db.annotations.each((a) => a.tags.forEach((t) => bump(t, 'annotations')));
  await db.annotations.each((a) => {
    if (a.label) bump(a.label, 'annotations');
  });
  return out;
}

/** Adds `add` and removes `remove` tag ids on each of `articleIds`; returns how many articles changed. */
export async function setArticleTags(
  articleIds: readonly string[],
  add: readonly string[],
  remove: readonly string[] = [],
): Promise<number> {
  return db.transaction('rw', db.articles, async () => {
    const metas = (await db.articles.bulkGet([...articleIds])).filter((m) => m !== undefined);
    let changed = 0;
    const next = metas.map((m) => {
      const tags = [...m.tags.filter((t) => !remove.includes(t)), ...add.filter((t) => !m.tags.includes(t))];
      if (tags.length !== m.tags.length || tags.some((t, i) => t !== m.tags[i])) changed++;
      return { ...m, tags };
    });
    await db.articles.bulkPut(next);
    return changed;
  });
}
