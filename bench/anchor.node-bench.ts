// Re-anchoring 1,000 annotations on a ~100 KB article after edits, against a baseline of a plain `indexOf`
// of each quote in the same run.
import { describeRange, reanchorAll } from '../src/core/anchor';
import type { AnnotationTarget } from '../src/core/model';
import { ms, timeMedian } from './stats';

const words = (
  'council river bridge mayor budget harbour ferry school station market strike union minister report ' +
  'engineer police court storm village farmers rail tunnel airport hospital nurses museum library park ' +
  'said announced warned promised denied confirmed rejected approved delayed opened closed raised cut ' +
  'on Monday Tuesday Wednesday Thursday Friday after before during despite because although while since'
).split(' ');

function makeRandom(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function makeArticle(random: () => number, size: number): string {
  const paragraphs: string[] = [];
  let length = 0;
  while (length < size) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) {
      const n = 8 + Math.floor(random() * 14);
      const w = Array.from({ length: n }, () => words[Math.floor(random() * words.length)]!);
      sentences.push(w.join(' ').replace(/^./, (c) => c.toUpperCase()) + ` ${Math.floor(random() * 1000)}.`);
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join('\n\n');
}

export async function run(): Promise<void> {
  const random = makeRandom(42);
  const text = makeArticle(random, 100_000);
  const targets: AnnotationTarget[] = [];
  for (let i = 0; i < 1000; i++) {
    const start = Math.floor(random() * (text.length - 200));
    targets.push(describeRange(text, start, start + 20 + Math.floor(random() * 120)));
  }
  // The edit: a paragraph inserted near the top, a few words changed in the middle, a sentence deleted.
  const mid = Math.floor(text.length / 2);
  const edited =
    'A new opening paragraph was added by the desk after the story ran.\n\n' +
    text.slice(0, mid) +
    ' (corrected) ' +
    text.slice(mid, mid + 30_000) +
    text.slice(mid + 30_200);

  let result: AnnotationTarget[] = [];
  const reanchor = await timeMedian(() => (result = reanchorAll(edited, targets)), 9, 2);
  const baseline = await timeMedian(() => targets.map((t) => edited.indexOf(t.quote.exact)), 9, 2);
  const orphaned = result.filter((t) => t.orphaned).length;
  const exactUnchanged = result.filter((t, i) => t.quote.exact === targets[i]!.quote.exact).length;
  const unchanged = await timeMedian(() => reanchorAll(text, targets), 9, 2);
  console.log(`article ${(edited.length / 1000).toFixed(0)} KB, 1,000 annotations`);
  console.log(
    `reanchorAll after edit: ${ms(reanchor)} median (baseline indexOf per quote: ${ms(baseline)}; ratio ${(reanchor / baseline).toFixed(2)}x)`,
  );
  console.log(`reanchorAll on unchanged text: ${ms(unchanged)} median`);
  // A heavy edit: one frequent word replaced everywhere, so many quotes need the fuzzy step.
  const reworded = edited.replaceAll('river', 'stream');
  let heavy: AnnotationTarget[] = [];
  const heavyMs = await timeMedian(() => (heavy = reanchorAll(reworded, targets)), 5, 1);
  const heavyBase = await timeMedian(() => targets.map((t) => reworded.indexOf(t.quote.exact)), 5, 1);
  const fuzzy = heavy.filter((t, i) => !t.orphaned && t.quote.exact !== targets[i]!.quote.exact).length;
  console.log(
    `reanchorAll after replacing a frequent word everywhere: ${ms(heavyMs)} median (indexOf baseline ${ms(heavyBase)}; ratio ${(heavyMs / heavyBase).toFixed(1)}x); ${fuzzy} placed fuzzily, ${heavy.filter((t) => t.orphaned).length} orphaned`,
  );
  console.log(
    `placed verbatim ${exactUnchanged}, changed ${1000 - exactUnchanged - orphaned}, orphaned ${orphaned}`,
  );
}
