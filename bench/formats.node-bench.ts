// Format ingest speed: pdf.js text extraction plus layout on a generated 100-page two-column PDF (pages per
// second), and a ZIP of 1,000 small articles against ingesting the same 1,000 files directly, same run.
import { ingestFileAsync } from '../src/core/ingest';
import { readDocx } from '../src/readers/docx-reader';
import { readHtml } from '../src/readers/html-reader';
import { readPdf } from '../src/readers/pdf-reader';
import { makeColumnPdf, makeZip } from '../scripts/format-fixtures';
import { ms, timeMedian } from './stats';

const deps = { readHtml, readPdf, readDocx };

function paragraph(i: number): string {
  return `Paragraph ${i}: the port council of Zeebrugge discussed an international proposal for quay number ${i} on Tuesday, and officials said a decision on the dredging budget would follow within weeks.`;
}

function article(i: number): string {
  return `Quay ${i} gets new cranes\n\n${paragraph(i)}\n\nWorkers at quay ${i} said the cranes were overdue, a union spokesperson told reporters.`;
}

/** Prints median PDF pages/s and the ZIP-vs-direct ingest times of 1,000 articles with their ratio. */
export async function run(): Promise<void> {
  const pdf = makeColumnPdf({
    title: 'Port council minutes',
    paragraphs: Array.from({ length: 1720 }, (_, i) => paragraph(i)),
    header: 'PORT GAZETTE  Minutes',
    pageNumbers: 'page-of',
  });
  const first = await ingestFileAsync({ fileName: 'minutes.pdf', bytes: pdf }, deps);
  const read = await readPdf(pdf);
  const pages = read.ok ? read.content.pages.length : 0;
  if (!first.ok) throw new Error(first.error);
  const pdfMs = await timeMedian(() => ingestFileAsync({ fileName: 'minutes.pdf', bytes: pdf }, deps), 5, 1);
  console.log(
    `formats: PDF ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB: median ${ms(pdfMs)} → ${((pages / pdfMs) * 1000).toFixed(0)} pages/s`,
  );

  const files = Array.from({ length: 1000 }, (_, i) => ({
    name: `desk/${i % 10}/quay-${i}.txt`,
    text: article(i),
  }));
  const zip = makeZip(Object.fromEntries(files.map((f) => [f.name, f.text])));
  const encoded = files.map((f) => ({ fileName: f.name, bytes: new TextEncoder().encode(f.text) }));
  const direct = async () => {
    for (const f of encoded) await ingestFileAsync(f, deps);
  };
  const zipped = async () => {
    const r = await ingestFileAsync({ fileName: 'desk.zip', bytes: zip }, deps);
    if (!r.ok || r.articles.length !== 1000) throw new Error('zip bench lost articles');
  };
  const directMs = await timeMedian(direct, 5, 1);
  const zipMs = await timeMedian(zipped, 5, 1);
  console.log(
    `formats: 1,000 articles direct median ${ms(directMs)}, as one ${(zip.length / 1024).toFixed(0)} KB ZIP ${ms(zipMs)}; ratio zip/direct ${(zipMs / directMs).toFixed(2)}`,
  );
}
