import { beforeEach, describe, expect, it } from 'vitest';
import { journalImportStart } from '../db/import-journal-repo';
import { db } from '../db/schema';
import { importHandlers, sha256Hex } from './import-handlers';

const STORY =
  'The harbour board on Friday approved a new container terminal, officials said.\n\n' +
  'Board chair Meera Iyer said the berths would cut waiting times by half.';
const SCRAPED = ` date 2024-03-05 Harbour board clears terminal\nClick here to follow our WhatsApp channel\n${STORY}\nCopyrights © 2024 Daily Ledger Media Private Ltd. All rights reserved\n`;

const file = (text: string | Uint8Array<ArrayBuffer>, name: string) => ({
  fileName: name,
  file: new Blob([text]),
});

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('import handlers', () => {
  it('hashes texts as the SHA-256 hex that stored articles carry, so a re-import is still a duplicate', async () => {
    // FIPS 180-2's test vectors: an article stored by an earlier version must keep matching.
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('prepares files without storing them and answers with metadata only', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0, 1, 2, 3]);
    const [story, binary] = await importHandlers.prepareFiles({
      files: [file(SCRAPED, 'terminal.txt'), file(png, 'picture.txt')],
      importedAt: 42,
    });
    expect(binary).toMatchObject({ ok: false });
    if (!story?.ok) throw new Error('the story was not prepared');
    const [meta] = story.articles;
    expect(meta).toMatchObject({
      title: 'Harbour board clears terminal',
      date: '2024-03-05',
      fileName: 'terminal.txt',
      importedAt: 42,
      analyzed: true,
    });
    expect(meta).not.toHaveProperty('text');
    expect(await db.articles.count()).toBe(0);
  });

  it('stores prepared articles with their texts, analyses and journal entries in one go', async () => {
    await journalImportStart([[{ key: 'k1', name: 'terminal.txt' }]], 'page', 1);
    const [prepared] = await importHandlers.prepareFiles({
      files: [file(SCRAPED, 'terminal.txt')],
      importedAt: 42,
    });
    if (!prepared?.ok) throw new Error('not prepared');
    const id = prepared.articles[0]!.id;
    const { stored, duplicates } = await importHandlers.storePrepared({
      ids: [id],
      journal: { chunk: 'k1', failed: [] },
    });
    expect(stored.map((m) => m.id)).toEqual([id]);
    expect(duplicates).toEqual([]);
    const body = await db.bodies.get(id);
    expect(body?.text).toBe(STORY);
    expect(body?.originalText).toContain('WhatsApp');
    const analysis = await db.analyses.get(id);
    expect(analysis?.entities.some((e) => e.text === 'Meera Iyer')).toBe(true);
    expect(await db.imports.count()).toBe(0);
    // The records left the worker with the store: a second store of the same id is refused.
    await expect(importHandlers.storePrepared({ ids: [id], journal: null })).rejects.toThrow(
      /stored or taken/,
    );
  });

  it('reports text already in the library as a duplicate of the stored article', async () => {
    const [first] = await importHandlers.prepareFiles({ files: [file(SCRAPED, 'a.txt')], importedAt: 1 });
    const [again] = await importHandlers.prepareFiles({
      files: [file(`${STORY}\n`, 'b.txt')],
      importedAt: 2,
    });
    if (!first?.ok || !again?.ok) throw new Error('not prepared');
    const [original] = (await importHandlers.storePrepared({ ids: [first.articles[0]!.id], journal: null }))
      .stored;
    const second = await importHandlers.storePrepared({ ids: [again.articles[0]!.id], journal: null });
    expect(second.stored).toEqual([]);
    expect(second.duplicates).toEqual([{ id: again.articles[0]!.id, existing: original }]);
    expect(await db.articles.count()).toBe(1);
  });

  it('hands a prepared article back whole, for storing as a new version of a stored one', async () => {
    const prepared = await importHandlers.prepareText({
      text: STORY,
      fileName: 'Pasted text',
      format: 'paste',
      importedAt: 7,
    });
    if (!prepared.ok) throw new Error('not prepared');
    const [whole] = await importHandlers.takePrepared({ ids: [prepared.articles[0]!.id] });
    expect(whole?.article).toMatchObject({ text: STORY, format: 'paste', importedAt: 7 });
    expect(whole?.analysis?.articleId).toBe(whole?.article.id);
    expect(await db.articles.count()).toBe(0);
  });
});
