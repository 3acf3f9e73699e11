import { beforeEach, describe, expect, it } from 'vitest';
import { makeAnnotation, makeArticle } from '../core/export/test-fixtures';
import type { BackupData } from '../core/model';
import { addImportedAnnotations } from './annotation-import-repo';
import { storeArticles } from './article-repo';
import { clearWorkbench, restoreBackup } from './backup-repo';
import { countWorkbench, keepAnnotatedIds, readBackupData, readExportChunk } from './export-repo';
import { BUILT_IN_LABELS, db } from './schema';

const lake = makeArticle(
  'lake',
  'The Marrow Lake ferry resumes on Friday after the storm, the council said.',
);
const mill = makeArticle('mill', 'The old mill at Greyford will become a library, planners confirmed today.');
const data: BackupData = {
  articles: [lake, mill],
  analyses: [
    {
      articleId: 'lake',
      engineVersion: 1,
      analyzedAt: 5,
      sentences: [[0, 10]],
      entities: [],
      claims: [],
      quotes: [],
    },
  ],
  annotations: [
    makeAnnotation('n1', lake, 'Friday', { note: 'check timetable', tags: ['t-x'], label: 'label-key-fact' }),
  ],
  tags: [{ id: 't-x', name: 'transport', color: '#000000' }],
  labels: [...BUILT_IN_LABELS],
  corrections: [
    {
      id: 'c1',
      articleId: 'mill',
      target: 'entity',
      start: 8,
      end: 12,
      text: 'mill',
      action: { kind: 'reject' },
      createdAt: 3,
    },
  ],
  outlets: [{ key: 'lakegazette', name: 'The Lake Gazette', mergedInto: null, updatedAt: 4 }],
};

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('backup repo', () => {
  it('restores everything into an empty workbench and reads it back for the next backup', async () => {
    const result = await restoreBackup(data);
    expect(result.added).toMatchObject({ articles: 2, annotations: 1, tags: 1, corrections: 1, analyses: 1 });
    expect(await countWorkbench()).toEqual({
      articles: 2,
      analyses: 1,
      annotations: 1,
      tags: 1,
      labels: BUILT_IN_LABELS.length,
      corrections: 1,
      outlets: 1,
    });
    const back = await readBackupData(() => {}, 1);
    expect(back.outlets).toEqual(data.outlets);
    expect(back.articles.map((a) => a.text).sort()).toEqual([lake.text, mill.text].sort());
    const [chunk] = await readExportChunk(['lake']);
    expect(chunk?.annotations[0]?.note).toBe('check timetable');
  });

  it('keeps only the annotated articles for an "annotated only" export, in the order asked', async () => {
    await restoreBackup(data);
    expect(await keepAnnotatedIds(['mill', 'lake'])).toEqual(['lake']);
    expect(await keepAnnotatedIds(['mill'])).toEqual([]);
  });

  it('merges a second restore without duplicates', async () => {
    await restoreBackup(data);
    const again = await restoreBackup(data);
    expect(again.added).toMatchObject({ articles: 0, annotations: 0, tags: 0, corrections: 0 });
    expect((await countWorkbench()).annotations).toBe(1);
  });

  it('clears everything but the built-in labels', async () => {
    await restoreBackup(data);
    await clearWorkbench();
    expect(await countWorkbench()).toEqual({
      articles: 0,
      analyses: 0,
      annotations: 0,
      tags: 0,
      labels: BUILT_IN_LABELS.length,
      corrections: 0,
      outlets: 0,
    });
  });
});

describe('addImportedAnnotations', () => {
  it('adds annotations, creates missing tags and labels by name, and skips ones already present', async () => {
    await storeArticles([lake]);
    const target = makeAnnotation('x', lake, 'ferry').target;
    const base = { articleId: 'lake', target, created: 1, modified: 2, matchedBy: 'source' as const };
    const first = await addImportedAnnotations([
      { ...base, id: 'a-1', note: 'who runs it?', labelName: 'Key fact', tagNames: ['boats'] },
      { ...base, id: 'a-2', note: 'who runs it?', labelName: null, tagNames: [] },
    ]);
    expect(first).toEqual({ added: 1, articles: 1, present: 1, newTags: 1, newLabels: 0 });
    const second = await addImportedAnnotations([
      { ...base, id: 'a-1', note: 'other', labelName: 'Odd one', tagNames: ['boats'] },
    ]);
    expect(second).toMatchObject({ added: 0, present: 1 });
    const stored = await db.annotations.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.label).toBe('label-key-fact');
    expect((await db.tags.toArray()).map((t) => t.name)).toEqual(['boats']);
  });
});
