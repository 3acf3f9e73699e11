import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, countWords, ingestFile, ingestText } from './index';
import type { HtmlReader } from './types';

// A stand-in reader: core tests must not need a DOM; the real one is tested in src/workers.
const readHtml: HtmlReader = (html) => ({
  title: 'Page title',
  byline: 'Reuters',
  siteName: 'Example Site',
  siteHost: null,
  publishedTime: '2025-06-01T10:00:00Z',
  url: 'https://example.org/a',
  paragraphs: html.match(/<p>(.*?)<\/p>/g)?.map((p) => p.slice(3, -4)) ?? [],
});
const deps = { readHtml };
const bytes = (s: string) => new TextEncoder().encode(s);

/** The one article a plain-text file of `lines` gives. */
function articleOfLines(fileName: string, lines: readonly string[]) {
  const r = ingestFile({ fileName, bytes: bytes(lines.join('\n')) }, deps);
  if (!r.ok) throw new Error(r.error);
  return r.articles[0]!;
}

describe('ingestFile', () => {
  it('refuses files over the size limit, naming size and limit', () => {
    const r = ingestFile({ fileName: 'big.txt', bytes: new Uint8Array(MAX_FILE_BYTES + 1) }, deps);
    expect(r).toEqual({ ok: false, error: 'big.txt is 10.1 MB; the workbench reads files up to 10.0 MB.' });
  });

  it('refuses unsupported extensions with the list of supported ones', () => {
    const r = ingestFile({ fileName: 'report.DOC', bytes: bytes('x') }, deps);
    expect(r).toEqual({
      ok: false,
      error:
        'Unsupported file type .doc: the workbench reads .txt, .md, .html, .htm, .json, .jsonl, .pdf, .docx, .eml, .zip.',
    });
  });

  it('sends HTML through the injected reader and keeps the wire byline apart from the site that ran it', () => {
    const r = ingestFile(
      { fileName: 'a.html', bytes: bytes('<p>Prices fell on Friday, traders said.</p>') },
      deps,
    );
    expect(r.ok && r.articles[0]).toMatchObject({
      title: 'Page title',
      source: 'Example Site',
      agency: 'Reuters',
      date: '2025-06-01',
      url: 'https://example.org/a',
      format: 'html',
      text: 'Prices fell on Friday, traders said.',
    });
  });

  it('reads a web page saved as .txt as HTML, even after blank lines, and text that only mentions tags as text', () => {
    const page = ingestFile(
      { fileName: 'saved.txt', bytes: bytes('\n \n<div><p>Prices fell on Friday, traders said.</p></div>') },
      deps,
    );
    expect(page.ok && page.articles[0]).toMatchObject({ title: 'Page title', format: 'txt' });
    const text = 'Readers asked why <p> and <div> tags showed up in the feed, the editor said.';
    const plain = ingestFile({ fileName: 'note.txt', bytes: bytes(text) }, deps);
    expect(plain.ok && plain.articles[0]!.text).toBe(text);
  });

  it('falls back to the file name for the title but never takes it for the outlet', () => {
    const r = ingestFile(
      { fileName: 'notes/storm-update.txt', bytes: bytes('the storm passed overnight.\n') },
      deps,
    );
    expect(r.ok && r.articles[0]).toMatchObject({ title: 'storm-update', source: null });
  });

  it('never takes a hash file name for the title or the outlet', () => {
    const r = ingestFile(
      {
        fileName: '3f9a2c71be04d8e6a0c4.txt',
        bytes: bytes('The bridge reopened to lorries on Monday, engineers said.\n'),
      },
      deps,
    );
    expect(r.ok && r.articles[0]).toMatchObject({
      title: 'The bridge reopened to lorries on Monday, engineers said.',
      source: null,
    });
  });
});

describe('ingestText', () => {
  it('takes the title, outlet and date the analyst gave with pasted text, the agency kept apart', () => {
    const pasted = 'TOKYO (Reuters) - The central bank left rates unchanged on Friday, as markets expected.';
    const r = ingestText(
      pasted,
      { known: { title: 'Bank holds rates', source: 'Pacific Ledger', date: '2023-06-16' } },
      deps,
    );
    expect(r.ok && r.articles[0]).toMatchObject({
      title: 'Bank holds rates',
      source: 'Pacific Ledger',
      agency: 'Reuters',
      date: '2023-06-16',
      text: pasted,
    });
  });

  it('cleans pasted text, normalising CRLF and NBSP, and keeps the original', () => {
    const pasted =
      'Dam plan approved\r\n\r\nThe\u00A0regional board approved the dam plan on Monday.\r\nShare\r\n';
    const r = ingestText(pasted, {}, deps);
    expect(r.ok && r.articles[0]).toMatchObject({
      title: 'Dam plan approved',
      format: 'paste',
      text: 'The regional board approved the dam plan on Monday.',
      originalText: pasted,
      source: null,
    });
  });

  it("reads the outlet and date of a byline line, and keeps a story sentence that starts with 'By'", () => {
    const text =
      '# Ferry service resumes on the lake\n\n*By Ines Moll, Lakeside Courier — 12 March 2026*\n\n' +
      'By Friday, the ferries were running again after a week of storms.\n\n' +
      'The operator said 14 crossings a day would run until the end of April.';
    const r = ingestText(text, { fileName: 'ferry.md', format: 'md' }, deps);
    expect(r.ok && r.articles[0]).toMatchObject({
      title: 'Ferry service resumes on the lake',
      source: 'Lakeside Courier',
      date: '2026-03-12',
      text:
        'By Friday, the ferries were running again after a week of storms.\n\n' +
        'The operator said 14 crossings a day would run until the end of April.',
    });
  });

  it('refuses whitespace-only text', () => {
    expect(ingestText(' \n\t', {}, deps)).toEqual({
      ok: false,
      error: 'The text is empty: there is no article to read.',
    });
  });
});

describe('article URLs', () => {
  const story = 'The county council voted on Thursday to reopen the old river ferry for the summer.';
  const urlOf = (fileName: string, text: string, reader: HtmlReader = readHtml) => {
    const r = ingestFile({ fileName, bytes: bytes(text) }, { readHtml: reader });
    if (!r.ok) throw new Error(r.error);
    return r.articles[0]!.url;
  };

  it('drops a URL that is not a web address, wherever it came from, and still reads the article', () => {
    const canonical: HtmlReader = (html) => {
      const page = readHtml(html);
      return page && { ...page, url: 'https://[::1' };
    };
    expect(urlOf('a.html', `<p>${story}</p>`, canonical)).toBeNull();
    expect(urlOf('b.md', `---\ntitle: Ferry\nurl: http://example.com:99999/x\n---\n\n${story}\n`)).toBeNull();
    expect(urlOf('c.json', JSON.stringify({ title: 'Ferry', url: 'https://[::1', text: story }))).toBeNull();
    expect(
      urlOf('d.json', JSON.stringify({ title: 'Ferry', url: 'javascript:alert(1)', text: story })),
    ).toBeNull();
  });

  it('keeps a sound URL as written', () => {
    expect(
      urlOf('e.json', JSON.stringify({ title: 'Ferry', url: 'https://news.example/ferry', text: story })),
    ).toBe('https://news.example/ferry');
  });
});

describe('countWords', () => {
  it('counts words joined by inner punctuation (U.S., co-chair, 26/11) once', () => {
    expect(countWords("The U.S. co-chair didn't sign 2+2 talks — 26/11.")).toBe(8);
  });
});

describe('a paywall offer above the headline', () => {
  it('is removed, and the headline under it is the title', () => {
    const article = articleOfLines('ferry.txt', [
      'News | Opinion | Sport',
      'Subscribe today for unlimited access',
      '',
      'Ferry fares rise 9% on the island routes',
      '',
      'The island ferry company raised its fares by 9% on Monday, citing fuel costs and a new crew contract.',
      '',
      'Passengers on the northern route will pay the most, the company said in a statement on its website.',
    ]);
    expect(article.title).toBe('Ferry fares rise 9% on the island routes');
    expect(article.removed).toContainEqual({
      text: 'Subscribe today for unlimited access',
      reason: 'subscription prompt',
    });
  });
});

describe('an outlet, a byline and a date under the headline', () => {
  it('are the credits, not a menu: the date is read from them', () => {
    const article = articleOfLines('trains.txt', [
      'Night trains return to the valley line',
      'Upland Courier',
      'By Tomas Brandt',
      '9 April 2026',
      '',
      'Night trains will run on the valley line again from June, the rail operator said on Thursday.',
      '',
      'The service was cut three years ago when the sleeper carriages were withdrawn for repairs.',
    ]);
    expect(article.date).toBe('2026-04-09');
    expect(article.removed.map((x) => x.reason)).not.toContain('navigation menu');
  });
});

describe('a date line right above a lead that opens with a wire credit', () => {
  it('is the date and title only: the lead stays in the text, the agency credited', () => {
    const article = articleOfLines('rates.txt', [
      ' date 2026-02-11 Peru holds its key rate as fuel prices climb again',
      "(Bloomberg) -- Peru's central bank left its benchmark rate unchanged for a second month on Wednesday.",
      '',
      'Eleven of fourteen economists surveyed had expected the decision, the bank said in its statement.',
    ]);
    expect(article.title).toBe('Peru holds its key rate as fuel prices climb again');
    expect(article.date).toBe('2026-02-11');
    expect(article.source).toBe('Bloomberg');
    expect(article.text).toMatch(/^\(Bloomberg\) -- Peru's central bank left its benchmark rate unchanged/);
  });
});
