// Learns from LitBank's quotations (../shared/training/litbank_quotes, all but the held-out fifth that
// `npm run eval` scores) the words around direct quotes the news lexicons lack: verbs that introduce a quote
// ("asked", "cried", "replied") and nouns that head an unnamed speaker ("the doctor", "his mother").
// Writes src/core/analysis/lexicon/learned-quote-words.json; deterministic for the same data.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { featureBucket } from '../src/core/analysis/claim-features';
import { SAY_VERB_FORMS } from '../src/core/analysis/lexicon/speech';
import { REPO, TRAINING } from './claims/data';

const FILE = path.join(TRAINING, 'litbank_quotes', 'litbank_quotes.jsonl');
// A word must head at least this many gold spans of the training share to be learnt.
const MIN_COUNT = 3;
const DETERMINERS = new Set('the a an his her my our their your this that'.split(' '));

type Record = {
  id: string;
  text: string;
  quotes: Array<{
    speaker_start: number | null;
    speaker_end: number | null;
    cue_start: number | null;
    cue_end: number | null;
  }>;
};

export async function run(): Promise<void> {
  if (!existsSync(FILE)) {
    console.log('skipped: ../shared/training absent');
    return;
  }
  const verbs = new Map<string, number>();
  const nouns = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  let records = 0;
  for (const line of readFileSync(FILE, 'utf8').split('\n')) {
    if (!line) continue;
    const r = JSON.parse(line) as Record;
    if (featureBucket(r.id, 20) % 5 === 0) continue;
    records++;
    for (const q of r.quotes) {
      if (q.cue_start !== null && q.cue_end !== null)
        bump(verbs, r.text.slice(q.cue_start, q.cue_end).toLowerCase());
      if (q.speaker_start === null || q.speaker_end === null) continue;
      const words = r.text.slice(q.speaker_start, q.speaker_end).split(/\s+/);
      const head = words[words.length - 1]!;
      if (
        words.length >= 2 &&
        DETERMINERS.has(words[0]!.toLowerCase()) &&
        /^[a-z]+$/.test(head) &&
        !DETERMINERS.has(head)
      )
        bump(nouns, head);
    }
  }
  const known = new Set(SAY_VERB_FORMS);
  const learnt = (m: Map<string, number>, skip: (k: string) => boolean) =>
    [...m]
      .filter(([k, n]) => n >= MIN_COUNT && /^[a-z]+$/.test(k) && !skip(k))
      .map(([k]) => k)
      .sort();
  const out = { quoteVerbs: learnt(verbs, (k) => known.has(k)), speakerNouns: learnt(nouns, () => false) };
  writeFileSync(
    path.join(REPO, 'src', 'core', 'analysis', 'lexicon', 'learned-quote-words.json'),
    JSON.stringify(out, null, 2) + '\n',
  );
  console.log(
    `quotes: ${records} LitBank records; ${out.quoteVerbs.length} quote verbs, ${out.speakerNouns.length} speaker nouns`,
  );
}
