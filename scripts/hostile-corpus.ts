// The hostile-input corpus: files shaped like the attacks of issue #20 (archives that lie, nesting across
// ZIP and e-mail, 50,000 nested divs, endless or oversized input, broken encodings, scripts) and more, each
// with what the workbench must do with it. Generated, never committed: `npx tsx scripts/hostile-corpus.ts
// [DIR]` writes it to DIR (default: a new temp folder) and prints the folder. The unit test runs it through
// the CLI's code (scripts/hostile-corpus.test.ts), e2e/hostile.spec.ts drops it into the app.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { docxParagraph, makeDocx, makeEml, makeZip, makeZipBomb, renameZipEntry } from './format-fixtures';
import {
  entryData,
  makeLyingZip,
  makeOverlappingZip,
  nestedDivs,
  pseudoProse,
  writeZip,
} from './hostile-fixtures';

/**
 * One hostile file: `imported` files must give at least one article (`text` in it, when set) and
 * `refused` ones no article but an error matching `error` (which names the file and the limit).
 */
export type HostileFile = Readonly<{
  name: string;
  bytes: Uint8Array;
  expect: 'imported' | 'refused';
  error?: RegExp;
  text?: string;
  /** The shortest the articles' text may be (so a long file counts as imported whole). */
  minLength?: number;
  /** Text the articles must never contain (script bodies, markup). */
  never?: RegExp;
}>;

const enc = (text: string) => new TextEncoder().encode(text);

const LOCK = (n: number) =>
  `Lock gates ${n} serviced\n\nThe waterways agency serviced lock gate number ${n} on the northern canal overnight, and barge traffic resumed at dawn, a spokesperson said.`;
/** A short story about tram line `n`: each imported file gets its own, or the library would skip it as a duplicate. */
function tram(n: number) {
  const body = `The regional transport board opened the extension of tram line ${n} to the new hospital on Sunday, two months later than planned.`;
  return {
    text: `Tram line ${n} extended

${body}`,
    body,
    marker: `tram line ${n} to the new hospital`,
  };
}

function mail(subject: string, text: string, attachments: Parameters<typeof makeEml>[0]['attachments']) {
  return makeEml({
    subject,
    from: 'Desk <desk@example.org>',
    date: 'Wed, 5 Mar 2025 10:00:00 +0000',
    text,
    attachments,
  });
}

/** Builds every file of the corpus (about 20 MB in all; the 9.9 MB text of the bomb is the slow part). */
export function hostileCorpus(): HostileFile[] {
  const bombText = pseudoProse(9_900_000);
  const innerBomb = makeOverlappingZip(bombText, 20);
  const innerZip = makeZip({ 'lock.txt': LOCK(3) });
  const crowd = (tag: string) =>
    makeZip(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`${tag}/${i}.txt`, 'x'])));
  const overlapping = /was refused: .*directory entries point at the same or overlapping data/;
  return [
    // Issue #20 case 1: 40 entries → one inner zip of 20 entries → one 9.9 MB text.
    {
      name: 'nested-overlap-bomb.zip',
      bytes: makeOverlappingZip(innerBomb, 40, 'zip'),
      expect: 'refused',
      error: overlapping,
    },
    { name: 'overlap-inner.zip', bytes: innerBomb, expect: 'refused', error: overlapping },
    {
      name: 'lying-size.zip',
      bytes: makeLyingZip('notes.txt', 'The night shift at the depot said nothing more. ', 100_000_000, 5120),
      expect: 'refused',
      error:
        /lying-size\.zip.*notes\.txt could not be unpacked: it holds more than the 5,120 bytes its directory entry declares/,
    },
    {
      name: 'truncated-entry.zip',
      bytes: writeZip([entryData(pseudoProse(20_000), 50_000)], [['short.txt', 0]]),
      expect: 'refused',
      error:
        /truncated-entry\.zip.*short\.txt could not be unpacked: it is truncated: it holds 20,000 of the 50,000 bytes/,
    },
    {
      name: 'truncated-among-good.zip',
      bytes: writeZip(
        [entryData(tram(1).text), entryData(pseudoProse(20_000), 50_000)],
        [
          ['tram.txt', 0],
          ['short.txt', 1],
        ],
      ),
      expect: 'imported',
      text: tram(1).marker,
    },
    {
      name: 'cut-archive.zip',
      bytes: makeZip({ 'tram.txt': tram(2).text }).slice(0, 60),
      expect: 'refused',
      error: /cut-archive\.zip cannot be opened: it is damaged/,
    },
    {
      name: 'declared-bomb.zip',
      bytes: makeZipBomb(1_000_000_000, 3),
      expect: 'refused',
      error: /declared-bomb\.zip was refused: it would unpack to 2861\.0 MB, more than the 100\.0 MB/,
    },
    {
      name: 'entry-flood.zip',
      bytes: makeZip({ 'a.zip': crowd('a'), 'b.zip': crowd('b') }),
      expect: 'refused',
      error: /entry-flood\.zip was refused: b\.zip: it holds 3000 entries; .*up to 5000 entries/,
    },
    // ZIP → e-mail → ZIP: three containers deep; the mail is read, the innermost archive stays shut.
    {
      name: 'zip-eml-zip.zip',
      bytes: makeZip({
        'mail.eml': mail('Tram line extended', tram(3).body, [
          { name: 'more.zip', type: 'application/zip', bytes: innerZip },
        ]),
      }),
      expect: 'imported',
      text: tram(3).marker,
      never: /waterways agency serviced lock gate number 3/,
    },
    {
      name: 'eml-chain.eml',
      bytes: mail('Canal notice', LOCK(1).split('\n\n')[1]!, [
        {
          name: 'fwd.eml',
          type: 'message/rfc822',
          bytes: mail('Fwd', LOCK(2).split('\n\n')[1]!, [
            { name: 'fwd2.eml', type: 'message/rfc822', bytes: mail('Fwd 2', LOCK(3).split('\n\n')[1]!, []) },
          ]),
        },
      ]),
      expect: 'imported',
      text: 'lock gate number 2',
      never: /lock gate number 3/,
    },
    {
      name: 'docx-bomb.docx',
      bytes: makeOverlappingZip(makeDocx(docxParagraph('x')), 30, 'xml'),
      expect: 'refused',
      error: overlapping,
    },
    {
      name: 'traversal.zip',
      bytes: renameZipEntry(
        makeZip({ 'aa/aa/x.txt': 'payload', 'tram.txt': tram(4).text }),
        'aa/aa/x.txt',
        '../../x.txt',
      ),
      expect: 'imported',
      text: tram(4).marker,
      never: /payload/,
    },
    // Issue #20 case 6: 50,000 nested divs (5,000 took over 180 s, 50,000 overflowed the stack).
    {
      name: 'deep-50000.html',
      bytes: enc(nestedDivs(50_000, tram(5).body)),
      expect: 'imported',
      text: tram(5).marker,
    },
    {
      name: 'deep-inline.html',
      bytes: enc(
        `<html><body><p>${'<span><b>'.repeat(20_000)}${tram(6).body}${'</b></span>'.repeat(20_000)}</p></body></html>`,
      ),
      expect: 'imported',
      text: tram(6).marker,
    },
    {
      name: 'unclosed-divs.html',
      bytes: enc(`<html><body>${'<div>'.repeat(30_000)}${tram(7).body}</body></html>`),
      expect: 'imported',
      text: tram(7).marker,
    },
    {
      name: 'scripted.html',
      bytes: enc(
        `<html><head><title>Tram</title><script>window.__pwned = 1</script></head><body><article><h1>Tram line extended</h1><p onclick="steal()">${tram(8).body}</p><img src=x onerror="window.__pwned = 2"><a href="javascript:window.__pwned=3">more</a><svg><script>window.__pwned = 4</script></svg><iframe srcdoc="<script>parent.__pwned=5</script>"></iframe></article></body></html>`,
      ),
      expect: 'imported',
      text: tram(8).marker,
      never: /__pwned|steal\(|<script/,
    },
    {
      name: 'paragraph-5mb.txt',
      bytes: enc(`One long paragraph\n\n${pseudoProse(5_000_000).replace(/\s+/g, ' ')}`),
      expect: 'imported',
      minLength: 4_900_000,
    },
    {
      name: 'oversize.txt',
      bytes: new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61),
      expect: 'refused',
      error: /oversize\.txt is .*up to 10\.0 MB/,
    },
    {
      name: 'broken-utf8.txt',
      bytes: new Uint8Array([...enc(tram(9).text), 0xff, 0xfe, 0xc3, ...enc(' Fares stay the same.')]),
      expect: 'imported',
      text: tram(9).marker,
    },
    {
      name: 'binary.txt',
      bytes: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
      expect: 'refused',
      error: /binary\.txt looks like a binary file/,
    },
    {
      name: 'program.md',
      bytes: new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Uint8Array(200)]),
      expect: 'refused',
      error: /program\.md looks like a Linux program/,
    },
    { name: 'empty.txt', bytes: new Uint8Array(0), expect: 'refused', error: /empty\.txt is empty/ },
    { name: 'empty.zip', bytes: new Uint8Array(0), expect: 'refused', error: /empty\.zip is empty/ },
    {
      name: 'malformed.json',
      bytes: enc('{"title": "Tram line extended", "text": "The regional'),
      expect: 'refused',
      error: /malformed\.json.*JSON/,
    },
    {
      name: 'deep.json',
      bytes: enc(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      expect: 'refused',
      error: /deep\.json/,
    },
    {
      name: 'nul-bytes.txt',
      bytes: enc(`${tram(10).text}\u0000\u0000 Fares stay the same.`),
      expect: 'imported',
      text: tram(10).marker,
    },
    {
      name: 'quotes.md',
      bytes: enc(`# Quotes\n\n${'> '.repeat(20_000)}${tram(11).body}`),
      expect: 'imported',
      text: tram(11).marker,
    },
  ];
}

/** Writes the corpus into `dir` and returns the paths. */
export function writeHostileCorpus(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  return hostileCorpus().map((f) => {
    const file = path.join(dir, f.name);
    writeFileSync(file, f.bytes);
    return file;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? mkdtempSync(path.join(tmpdir(), 'hostile-corpus-'));
  writeHostileCorpus(dir);
  console.log(dir);
}
