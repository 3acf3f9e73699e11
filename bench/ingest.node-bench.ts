// Ingest throughput on ~1 MB of generated scraped text (tickers, story, related list, footer), against a
// baseline that only decodes the bytes and splits lines, both measured in this run.
import { ingestFile } from '../src/core/ingest';
import { readHtml } from '../src/readers/html-reader';
import { median, ms, timeMedian } from './stats';

const STORY = [
  'The harbour board on Friday approved a new container terminal, officials said.',
  'The terminal adds two berths and raises capacity to 3.1 million containers a year.',
  'Shipping lines had complained about waiting times of up to four days in the peak season.',
  'Board chairperson Meera Iyer said: "We have waited six years for this. The new berths will cut waiting times in half."',
];

/** One scraped page with the usual furniture around a short story; `i` varies the text so nothing is cached. */
function makePage(i: number): string {
  return [
    ` date 2025-03-${String((i % 28) + 1).padStart(2, '0')} Sensex (\u00A0 \u00A0 %)`,
    'Nifty Bank (\u00A0 \u00A0 %)',
    '',
    `Harbour board clears terminal expansion number ${i}`,
    'Press Trust of India Ahmedabad',
    '3 min read Last Updated : Mar 14 2025 | 6:10 PM IST',
    ...STORY.map((s) => s.replace('Friday', `Friday (item ${i})`)),
    'Click here to follow our WhatsApp channel',
    'Also Read',
    'Rupee ends flat against dollar ahead of inflation data',
    `Port workers threaten strike over wage talks ${i}`,
    'Topics : ports shipping',
    'Copyrights © 2025 Daily Ledger Media Private Ltd. All rights reserved',
    '',
  ].join('\n');
}

/** Prints median MB/s for ingesting ~1 MB of scraped text and for the decode-and-split baseline, and their ratio. */
export async function run(): Promise<void> {
  const pages: string[] = [];
  let size = 0;
  for (let i = 0; size < 1_000_000; i++) {
    pages.push(makePage(i));
    size += pages[pages.length - 1]!.length;
  }
  const bytes = new TextEncoder().encode(pages.join('\n'));
  const mb = bytes.length / (1024 * 1024);
  const baseline = await timeMedian(
    () => new TextDecoder('utf-8', { fatal: true }).decode(bytes).split('\n'),
    9,
    2,
  );
  const ingest = await timeMedian(
    () => {
      const outcome = ingestFile({ fileName: 'bench.txt', bytes }, { readHtml });
      if (!outcome.ok) throw new Error(outcome.error);
    },
    9,
    2,
  );
  // Per-article ingest, as the app does it: one file per page.
  const pageBytes = pages.slice(0, 200).map((p) => new TextEncoder().encode(p));
  const perPage = await timeMedian(
    () => {
      for (const b of pageBytes) ingestFile({ fileName: 'page.txt', bytes: b }, { readHtml });
    },
    7,
    1,
  );
  const pageMs = median([perPage / pageBytes.length]);
  console.log(`input: ${mb.toFixed(2)} MB, ${pages.length} generated pages`);
  console.log(
    `baseline decode + split lines: ${ms(baseline)} median (${(mb / (baseline / 1000)).toFixed(1)} MB/s)`,
  );
  console.log(
    `ingestFile, one 1 MB file:     ${ms(ingest)} median (${(mb / (ingest / 1000)).toFixed(1)} MB/s)`,
  );
  console.log(`ratio ingest / baseline: ${(ingest / baseline).toFixed(1)}x`);
  // In microseconds: a page takes a few hundredths of a millisecond, too close to `ms`'s last digit to compare.
  console.log(
    `ingestFile per page (~${Math.round(pageBytes[0]!.length / 1024)} KB): ${(pageMs * 1000).toFixed(1)} µs median`,
  );
}
