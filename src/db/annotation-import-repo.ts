import type { MatchedAnnotation } from '../core/export';
import type { Annotation, Label, Tag } from '../core/model';
import { annotationRule, collectProblems } from '../core/records';
import { db } from './schema';

/** Colours for tags and labels an import creates (Okabe-Ito sky blue and orange). */
const NEW_TAG_COLOR = '#56b4e9';
const NEW_LABEL_COLOR = '#e69f00';

/** What storing imported annotations did: how many were added (to how many articles) and how many skipped. */
export type AnnotationImportResult = Readonly<{
  added: number;
  articles: number;
  present: number;
  newTags: number;
  newLabels: number;
}>;

const noteKey = (articleId: string, exact: string, note: string) => `${articleId}\u0000${exact}\u0000${note}`;

function newId(wanted: string | null, taken: ReadonlySet<string>): string {
  return wanted !== null && wanted !== '' && !taken.has(wanted) ? wanted : crypto.randomUUID();
}

/**
 * Stores matched annotations in one transaction without duplicates: one whose id is already stored, or whose
 * article, quote and note equal a stored one (or an earlier one in the same import), is skipped as present.
 * Tags and labels are found by name and created when missing.
 */
export async function addImportedAnnotations(
  matched: readonly MatchedAnnotation[],
  now: number = Date.now(),
): Promise<AnnotationImportResult> {
  return db.transaction('rw', db.annotations, db.tags, db.labels, db.articles, async () => {
    const articleIds = [...new Set(matched.map((m) => m.articleId))];
    const stillStored = new Set((await db.articles.bulkGet(articleIds)).flatMap((a) => (a ? [a.id] : [])));
    const existing = await db.annotations.where('articleId').anyOf(articleIds).toArray();
    const ids = new Set((await db.annotations.toCollection().primaryKeys()) as string[]);
    const keys = new Set(existing.map((a) => noteKey(a.articleId, a.target.quote.exact, a.note)));
    const tags = new Map((await db.tags.toArray()).map((t) => [t.name, t.id]));
    const labels = new Map((await db.labels.toArray()).map((l) => [l.name, l.id]));
    const newTags: Tag[] = [];
    const newLabels: Label[] = [];
    const tagId = (name: string): string => {
      let id = tags.get(name);
      if (id === undefined) {
        id = crypto.randomUUID();
        tags.set(name, id);
        newTags.push({ id, name, color: NEW_TAG_COLOR });
      }
      return id;
    };
    const labelId = (name: string): string => {
      let id = labels.get(name);
      if (id === undefined) {
        id = crypto.randomUUID();
        labels.set(name, id);
        newLabels.push({ id, name, color: NEW_LABEL_COLOR, builtIn: false });
      }
      return id;
    };
    const added: Annotation[] = [];
    let present = 0;
    for (const m of matched) {
      const key = noteKey(m.articleId, m.target.quote.exact, m.note);
      if ((m.id !== null && ids.has(m.id)) || keys.has(key) || !stillStored.has(m.articleId)) {
        present++;
        continue;
      }
      const id = newId(m.id, ids);
      ids.add(id);
      keys.add(key);
      added.push({
        id,
        articleId: m.articleId,
        target: m.target,
        note: m.note,
        label: m.labelName === null ? null : labelId(m.labelName),
        tags: [...new Set(m.tagNames.map(tagId))],
        createdAt: m.created ?? now,
        updatedAt: m.modified ?? m.created ?? now,
      });
    }
    // The records are built from checked input; checking them as stored records too costs little and means
    // nothing malformed is ever written (a throw here rolls the whole import back).
    const problems = added.flatMap((a, i) => collectProblems(annotationRule(), a, `annotation ${i + 1}`, 1));
    if (problems.length > 0) throw new Error(`The imported annotations are malformed: ${problems[0]}`);
    await db.tags.bulkAdd(newTags);
    await db.labels.bulkAdd(newLabels);
    await db.annotations.bulkAdd(added);
    return {
      added: added.length,
      articles: new Set(added.map((a) => a.articleId)).size,
      present,
      newTags: newTags.length,
      newLabels: newLabels.length,
    };
  });
}
