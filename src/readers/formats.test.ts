import { describe, expect, it } from 'vitest';
import {
  docxParagraph,
  makeColumnPdf,
  makeDocx,
  makeEml,
  makePdf,
  makeZip,
  makeZipBomb,
  renameZipEntry,
} from '../../scripts/format-fixtures';
import { readDocx } from './docx-reader';
import { readHtml } from './html-reader';
import { readPdf } from './pdf-reader';
import { ingestFileAsync } from '../core/ingest';

const deps = { readHtml, readPdf, readDocx };
const PARAGRAPHS = [
  'The harbour authority in Ostend approved an international plan for offshore wind maintenance on Monday, officials said after the vote.',
  'Two new service vessels will be based at the eastern quay from next year, creating about 140 jobs, according to the authority.',
  'Fishermen said the vessels would crowd a harbour that is already busy in summer, and asked for a separate berth for the fleet.',
  'The plan still needs the approval of the federal energy ministry, which is expected to decide before the end of the year.',
];

async function ingest(fileName: string, bytes: Uint8Array) {
  return ingestFileAsync({ fileName, bytes }, deps);
}

describe('PDF', () => {
  const pdf = makeColumnPdf({
    title: 'Ostend backs wind maintenance port',
    paragraphs: PARAGRAPHS,
    header: 'OSTEND DAILY  Monday',
    pageNumbers: 'bare',
    info: { creationDate: "D:20250602120000+02'00'" },
    linesPerColumn: 9,
  });

  it('reads two columns in order, drops the running head and page numbers and joins hyphenated words', async () => {
    const r = await ingest('wind.pdf', pdf);
    if (!r.ok) throw new Error(r.error);
    const [a] = r.articles;
    expect(a).toMatchObject({
      title: 'Ostend backs wind maintenance port',
      // The Info CreationDate is when the file was made, not when the story ran.
      date: null,
      format: 'pdf',
    });
    expect(a!.text).toBe(PARAGRAPHS.join('\n\n'));
    expect(a!.removed.map((x) => x.reason)).toEqual(
      expect.arrayContaining(['running header or footer', 'page number']),
    );
    expect(a!.originalText).toContain('OSTEND DAILY');
  });

  it('takes the title from the Info dictionary when there is one', async () => {
    const r = await ingest(
      'x.pdf',
      makePdf({
        info: { title: 'Microsoft Word - Dune walk reopens' },
        pages: [
          {
            lines: [
              {
                x: 72,
                y: 700,
                text: 'The dune walk at De Haan reopened on Sunday after storm repairs, the town said.',
              },
            ],
          },
        ],
      }),
    );
    expect(r.ok && r.articles[0]!.title).toBe('Dune walk reopens');
  });

  it('refuses a PDF without a text layer, a password-protected one and a truncated one clearly', async () => {
    const scan = await ingest(
      'scan.pdf',
      makePdf({ pages: [{ lines: [], rects: [{ x: 9, y: 9, w: 99, h: 99 }] }] }),
    );
    expect(scan).toEqual({
      ok: false,
      error: 'This PDF has no text layer (it may be a scan): OCR is not supported.',
    });
    const locked = await ingest(
      'locked.pdf',
      makePdf({ pages: [{ lines: [{ x: 9, y: 9, text: 'x' }] }], encrypt: true }),
    );
    expect(!locked.ok && locked.error).toMatch(/^locked\.pdf is password-protected/);
    const cut = await ingest('cut.pdf', pdf.slice(0, 500));
    expect(!cut.ok && cut.error).toMatch(/^cut\.pdf is damaged or truncated/);
    const fake = await ingest('fake.pdf', new TextEncoder().encode('just text'));
    expect(!fake.ok && fake.error).toMatch(/not a PDF/);
  });
});

describe('Word', () => {
  it('keeps headings as paragraphs and takes the Title style as the title', async () => {
    const docx = makeDocx(
      [
        docxParagraph('Tram depot to move', 'Title'),
        docxParagraph(
          'The city of Antwerp will move its tram depot to the north docks by 2028, the mayor said on Friday.',
        ),
        docxParagraph('Costs', 'Heading1'),
        docxParagraph(
          'The move will cost 86 million euros, shared between the city and the regional transport company.',
        ),
      ].join(''),
    );
    const r = await ingest('depot.docx', docx);
    if (!r.ok) throw new Error(r.error);
    expect(r.articles[0]).toMatchObject({ title: 'Tram depot to move', format: 'docx' });
    expect(r.articles[0]!.text.split('\n\n')).toEqual([
      'The city of Antwerp will move its tram depot to the north docks by 2028, the mayor said on Friday.',
      'Costs',
      'The move will cost 86 million euros, shared between the city and the regional transport company.',
    ]);
  });

  it('says a damaged .docx is damaged', async () => {
    const r = await ingest('bad.docx', makeDocx(docxParagraph('x')).slice(0, 200));
    expect(!r.ok && r.error).toMatch(/^bad\.docx is damaged or not a Word document/);
  });
});

describe('e-mail', () => {
  const eml = makeEml({
    subject: '=?utf-8?B?' + btoa('Caf\u00c3\u00a9 terrace rules') + '?=',
    from: '"Pieter Claes" <pieter@example.org>',
    date: 'Thu, 5 Jun 2025 17:40:00 +0200',
    text: 'Caf\u00e9 owners in Leuven may keep their terraces open until midnight from July, the city council decided on Thursday.\n\nResidents had asked for an earlier closing time of 11 pm.',
    attachments: [
      {
        name: 'notes.txt',
        type: 'text/plain',
        bytes: new TextEncoder().encode(
          'Council vote on terraces was close\n\nThe vote was 27 to 12, with four abstentions, the clerk said.',
        ),
      },
      { name: 'map.png', type: 'image/png', bytes: new Uint8Array([1, 2, 3]) },
    ],
  });

  it('reads subject, sender and date, decodes the body and imports supported attachments as their own articles', async () => {
    const r = await ingest('terraces.eml', eml);
    if (!r.ok) throw new Error(r.error);
    expect(r.articles[0]).toMatchObject({
      title: 'Café terrace rules',
      source: 'Pieter Claes',
      date: '2025-06-05',
      format: 'eml',
    });
    expect(r.articles[0]!.text).toContain(
      'Café owners in Leuven may keep their terraces open until midnight',
    );
    expect(r.articles[1]).toMatchObject({
      title: 'Council vote on terraces was close',
      entryName: 'terraces.eml › notes.txt',
    });
    expect(r.warnings).toEqual(['Attachment map.png was not imported: unsupported type.']);
  });

  it('refuses bytes that are not an e-mail', async () => {
    const r = await ingest('x.eml', new TextEncoder().encode('no headers here\n\njust words'));
    expect(!r.ok && r.error).toMatch(/not an e-mail/);
  });
});

describe('ZIP', () => {
  const story = (title: string, body: string) => `${title}\n\n${body}`;

  it('imports every supported file in nested folders, named by their path, and lists the rest', async () => {
    const zip = makeZip({
      'desk/a.txt': story(
        'Lock repairs finish early',
        'Repairs to the Berendrecht lock finished two weeks early, the port said on Monday.',
      ),
      'desk/b.md':
        '# Ferry fares rise\n\nFerry fares on the Scheldt will rise by 30 cents in July, the operator said.',
      'desk/more/c.txt': story(
        'Dock cranes replaced',
        'Four cranes at the Delwaide dock will be replaced this summer, officials said.',
      ),
      'desk/chart.xlsx': 'x',
      '__MACOSX/desk/._a.txt': 'junk',
    });
    const r = await ingest('desk.zip', zip);
    if (!r.ok) throw new Error(r.error);
    expect(r.articles.map((a) => [a.title, a.entryName])).toEqual([
      ['Lock repairs finish early', 'desk.zip › desk/a.txt'],
      ['Ferry fares rise', 'desk.zip › desk/b.md'],
      ['Dock cranes replaced', 'desk.zip › desk/more/c.txt'],
    ]);
    expect(r.warnings).toEqual(['desk/chart.xlsx was not imported: unsupported type .xlsx.']);
  });

  it('opens a zip inside a zip, but not one nested a level further', async () => {
    const inner = makeZip({
      'x.txt': story('Inner story', 'An inner story about the canal was filed on Tuesday, the desk said.'),
    });
    const outer = makeZip({ 'inner.zip': inner, 'deeper.zip': makeZip({ 'inner.zip': inner }) });
    const r = await ingest('outer.zip', outer);
    if (!r.ok) throw new Error(r.error);
    expect(r.articles.map((a) => a.entryName)).toEqual(['outer.zip › inner.zip › x.txt']);
    expect(r.warnings.join(' ')).toContain(
      'inner.zip was not opened: it is nested 3 containers deep, and the workbench opens archives and e-mails at most 2 deep',
    );
  });

  it('refuses zip bombs from the central directory, before inflating anything', async () => {
    const huge = await ingest('huge.zip', makeZipBomb(1_000_000_000, 3));
    expect(!huge.ok && huge.error).toMatch(/^huge\.zip was refused: it would unpack to 2861\.0 MB.*zip bomb/);
    const ratio = await ingest('ratio.zip', makeZipBomb(20_000_000, 2));
    expect(!ratio.ok && ratio.error).toMatch(/compressed \d+:1.*zip bomb/);
    const many = makeZip(Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`f${i}.txt`, 'x'])));
    const crowd = await ingest('many.zip', many);
    expect(!crowd.ok && crowd.error).toMatch(/holds 5001 entries/);
  });

  it('skips path-traversal names with a warning and keeps the other entries', async () => {
    const zip = renameZipEntry(
      makeZip({
        'aa/aa/x.txt': 'payload',
        '/b/abs.txt': 'payload',
        'ok.txt': story(
          'Quay wall repaired',
          'Workers repaired the quay wall in Ostend on Sunday, the harbour master said.',
        ),
      }),
      'aa/aa/x.txt',
      '../../x.txt',
    );
    const r = await ingest('t.zip', zip);
    if (!r.ok) throw new Error(r.error);
    expect(r.articles.map((a) => a.title)).toEqual(['Quay wall repaired']);
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toMatch(/^Skipped “\.\.\/\.\.\/x\.txt”: .*path traversal/);
    expect(r.warnings[1]).toMatch(/^Skipped “\/b\/abs\.txt”/);
  });

  it('says an archive with nothing readable holds no article, and a damaged one is damaged', async () => {
    const none = await ingest('pics.zip', makeZip({ 'a.png': 'x' }));
    expect(!none.ok && none.error).toMatch(
      /^No article was found in the archive pics\.zip\. a\.png was not imported/,
    );
    const cut = await ingest('cut.zip', makeZip({ 'a.txt': 'x' }).slice(0, 30));
    expect(!cut.ok && cut.error).toMatch(/^cut\.zip cannot be opened: it is damaged/);
  });
});
