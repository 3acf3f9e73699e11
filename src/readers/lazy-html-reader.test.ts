import { beforeEach, describe, expect, it, vi } from 'vitest';

const PAGE =
  '<!doctype html><html><head><title>Ferry fares frozen</title></head><body><article><p>The island council ' +
  'froze ferry fares for a second year on Tuesday, its transport chief said.</p><p>Operators had asked for ' +
  'a rise of 4 percent to cover fuel costs.</p></article></body></html>';
const bytes = (text: string) => new TextEncoder().encode(text);

// Each test gets a fresh copy of the module, so what one loads is not loaded for the next.
const fresh = () => import('./lazy-html-reader');
beforeEach(() => {
  vi.resetModules();
});

describe('lazy HTML reader', () => {
  it('stays unloaded for text without a tag, and says so if used anyway', async () => {
    const { prepareHtmlReader, readHtml, HtmlReaderNotLoadedError } = await fresh();
    await prepareHtmlReader('fares.txt', bytes('The island council froze ferry fares on Tuesday.'));
    await prepareHtmlReader('pasted', 'No markup in this pasted paragraph either.');
    expect(() => readHtml(PAGE)).toThrow(HtmlReaderNotLoadedError);
  });

  it('loads for text that has a tag, whatever the file is called', async () => {
    const { prepareHtmlReader, readHtml } = await fresh();
    await prepareHtmlReader('saved-page.txt', bytes(PAGE));
    expect(readHtml(PAGE)?.title).toBe('Ferry fares frozen');
  });

  it('loads for pasted text with a tag', async () => {
    const { prepareHtmlReader, readHtml } = await fresh();
    await prepareHtmlReader('pasted', PAGE);
    expect(readHtml(PAGE)?.title).toBe('Ferry fares frozen');
  });

  it('loads for Word files, e-mails and archives, whose bytes say nothing of the pages inside', async () => {
    for (const name of ['letters.zip', 'memo.docx', 'tip.eml']) {
      vi.resetModules();
      const { prepareHtmlReader, readHtml } = await fresh();
      await prepareHtmlReader(name, new Uint8Array([0x50, 0x4b, 3, 4]));
      expect(readHtml(PAGE)?.title).toBe('Ferry fares frozen');
    }
  });
});
