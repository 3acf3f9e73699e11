import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync } from 'fflate';
import { docxParagraph, makeDocx, makeEml, makeZip } from '../../scripts/format-fixtures';
import {
  entryData,
  makeLyingZip,
  makeOverlappingZip,
  pseudoProse,
  writeZip,
} from '../../scripts/hostile-fixtures';
import { readDocx } from './docx-reader';
import { readHtml } from './html-reader';
import { readPdf } from './pdf-reader';
import { ingestFileAsync, refuseArchiveFromDirectory } from '../core/ingest';
import { listZipEntries } from '../core/ingest/zip';
import type { DocxReader } from '../core/ingest/types';

const deps = { readHtml, readPdf, readDocx };

async function ingest(fileName: string, bytes: Uint8Array) {
  return ingestFileAsync({ fileName, bytes }, deps);
}

const story = (title: string, body: string) => `${title}\n\n${body}`;
const SLUICE = story(
  'Sluice gates replaced',
  'Engineers replaced the sluice gates at the river mouth on Wednesday, the water board said, two weeks ahead of the autumn tides.',
);

describe('archive limits (issue #20, case 1)', () => {
  it('refuses the nested overlapping zip bomb (40 entries → one inner zip of 20 entries → one text) without inflating it', async () => {
    const inner = makeOverlappingZip(pseudoProse(9_900_000), 20);
    const outer = makeOverlappingZip(inner, 40, 'zip');
    const r = await ingest('layers.zip', outer);
    expect(!r.ok && r.error).toMatch(
      /^layers\.zip was refused: 39 of its 40 directory entries point at the same or overlapping data/,
    );
    // The page says the same from the directory alone, before any worker has started.
    expect(refuseArchiveFromDirectory('layers.zip', outer)).toBe(!r.ok && r.error);
    expect(refuseArchiveFromDirectory('wrapper.zip', makeZip({ 'inner.zip': inner }))).toBeNull();
    // The inner archive alone, and inside an honest outer one, is refused as well, named by its path.
    const single = await ingest('wrapper.zip', makeZip({ 'inner.zip': inner }));
    expect(!single.ok && single.error).toMatch(
      /^wrapper\.zip was refused: inner\.zip: 19 of its 20 directory entries point at the same/,
    );
  });

  it('refuses an entry that holds more than its directory declares instead of importing it cut short', async () => {
    const sentence = 'The tram depot closed for the night and the drivers went home. ';
    const lying = makeLyingZip('depot.txt', sentence, 100_000_000, 5120);
    const r = await ingest('depot.zip', lying);
    expect(!r.ok && r.error).toMatch(
      /depot\.zip.*depot\.txt could not be unpacked: it holds more than the 5,120 bytes its directory entry declares/,
    );
  });

  it('refuses an entry that holds fewer bytes than declared and keeps the honest entries', async () => {
    const zip = writeZip(
      [entryData(SLUICE), entryData(pseudoProse(20_000), 50_000)],
      [
        ['sluice.txt', 0],
        ['short.txt', 1],
      ],
    );
    const r = await ingest('mixed.zip', zip);
    if (!r.ok) throw new Error(r.error);
    expect(r.articles.map((a) => a.title)).toEqual(['Sluice gates replaced']);
    expect(r.warnings).toEqual([
      'short.txt could not be unpacked: it is truncated: it holds 20,000 of the 50,000 bytes its directory entry declares.',
    ]);
  });

  it('counts depth across ZIP and e-mail alike: ZIP → e-mail → ZIP is three deep and its inner ZIP stays shut', async () => {
    const innerZip = makeZip({ 'sluice.txt': SLUICE });
    const mail = makeEml({
      subject: 'Ferry timetable changes',
      from: 'Desk <desk@example.org>',
      date: 'Tue, 4 Mar 2025 09:00:00 +0000',
      text: 'The ferry company said on Tuesday that the winter timetable would start a week later than planned this year.',
      attachments: [{ name: 'more.zip', type: 'application/zip', bytes: innerZip }],
    });
    const r = await ingest('desk.zip', makeZip({ 'mail.eml': mail }));
    if (!r.ok) throw new Error(r.error);
    expect(r.articles.map((a) => a.entryName)).toEqual(['desk.zip › mail.eml']);
    expect(r.warnings.join(' ')).toMatch(
      /more\.zip was not opened: it is nested 3 containers deep, and the workbench opens archives and e-mails at most 2 deep/,
    );
  });

  it('counts entries across every level: two inner archives of 3,000 entries exceed one file’s 5,000', async () => {
    const crowd = (tag: string) =>
      makeZip(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`${tag}/${i}.txt`, 'x'])));
    const r = await ingest('crowd.zip', makeZip({ 'a.zip': crowd('a'), 'b.zip': crowd('b') }));
    expect(!r.ok && r.error).toMatch(/^crowd\.zip was refused: b\.zip: it holds 3000 entries; .*up to 5000/);
  });

  it('never gives mammoth a .docx part bigger than its directory declares: the lying package is refused unread', async () => {
    // word/document.xml declares 2 KB and holds 11 MB of paragraphs (the shape mammoth would inflate whole).
    const honest = unzipSync(makeDocx(docxParagraph('The lock keepers met the canal board on Monday.')));
    const head = '<?xml version="1.0"?><w:document><w:body>';
    const body = `${head}${'<w:p><w:r><w:t>Lock.</w:t></w:r></w:p>'.repeat(300_000)}`;
    const parts = Object.entries(honest).filter(([name]) => name !== 'word/document.xml');
    const lying = writeZip(
      [...parts.map(([, bytes]) => entryData(bytes)), entryData(strToU8(body), 2048)],
      [...parts.map(([name], i) => [name, i] as const), ['word/document.xml', parts.length]],
    );
    const given: Uint8Array[] = [];
    const spy: DocxReader = (bytes) => (given.push(bytes), readDocx(bytes));
    const r = await ingestFileAsync({ fileName: 'minutes.docx', bytes: lying }, { ...deps, readDocx: spy });
    expect(!r.ok && r.error).toMatch(
      /^minutes\.docx is damaged or not a Word document \(its part word\/document\.xml: it holds more than the 2,048 bytes its directory entry declares/,
    );
    expect(given).toEqual([]);
  });

  it('gives mammoth an honest .docx as parts already inflated and counted, stored uncompressed', async () => {
    const given: Uint8Array[] = [];
    const spy: DocxReader = (bytes) => (given.push(bytes), readDocx(bytes));
    const docx = makeDocx(
      docxParagraph(
        'The canal board said on Monday that the western lock would reopen in May after repairs.',
      ),
    );
    const r = await ingestFileAsync({ fileName: 'lock.docx', bytes: docx }, { ...deps, readDocx: spy });
    if (!r.ok) throw new Error(r.error);
    expect(r.articles[0]!.text).toContain('western lock would reopen in May');
    const listed = listZipEntries(given[0]!);
    expect(listed.ok && listed.entries.map((e) => [e.name, e.method, e.size === e.compressedSize])).toEqual(
      Object.keys(unzipSync(docx)).map((name) => [name, 0, true]),
    );
  });
});
