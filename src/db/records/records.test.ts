import { describe, expect, it } from 'vitest';
import { splitArticle, validateArticleBody, validateArticleMeta } from './article-record';
import { validateAnnotation } from './annotation-record';
import { validateImportJournalEntry } from './import-journal-record';
import { makeArticle } from '../test-articles';

describe('record validators', () => {
  it('accepts both kinds of import journal record and names what is wrong with a broken chunk', () => {
    const file = {
      key: 'k1',
      owner: 'p',
      name: 'a.txt',
      state: 'failed',
      message: 'Empty file.',
      startedAt: 1,
    };
    const chunk = {
      key: 'k1',
      owner: 'p',
      state: 'pending',
      startedAt: 1,
      files: [{ key: 'k1', name: 'a.txt' }],
    };
    expect(validateImportJournalEntry(file)).toEqual([]);
    expect(validateImportJournalEntry(chunk)).toEqual([]);
    expect(validateImportJournalEntry({ ...chunk, state: 'failed', files: [{ name: 'a.txt' }] })).toEqual([
      'import journal chunk: field "state" is missing or has the wrong type',
      'import journal chunk: field "files" is missing or has the wrong type',
    ]);
  });

  it('accepts a sound article split into meta and body', () => {
    const { meta, body } = splitArticle(makeArticle(1));
    expect(validateArticleMeta(meta)).toEqual([]);
    expect(validateArticleBody(body)).toEqual([]);
    expect(meta).not.toHaveProperty('text');
  });

  it('names each broken field of an article', () => {
    const { meta } = splitArticle(makeArticle(1));
    const problems = validateArticleMeta({ ...meta, title: 7, format: 'exe' });
    expect(problems).toEqual([
      'article: title is 7, expected text',
      'article: format is "exe", expected one of "txt", "md", "html", "json", "jsonl", "paste", "pdf", "docx", "eml"',
    ]);
  });

  it('requires both selectors on an annotation target', () => {
    const problems = validateAnnotation({
      id: 'a',
      articleId: 'b',
      target: { quote: { exact: 'x', prefix: '', suffix: '' } },
      note: '',
      label: null,
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    expect(problems).toEqual([
      'annotation: target.position is missing',
      'annotation: target.orphaned is missing',
    ]);
  });
});
