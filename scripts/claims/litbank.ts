// LitBank's quotation layer (../shared/training/litbank_quotes): a fixed fifth of its records, chosen by a
// hash of the record id, is held out and only ever scored, never used to write or tune a rule.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { featureBucket } from '../../src/core/analysis/claim-features';
import type { TextAnalysis } from '../../src/core/model';
import { count, type SpanCounts } from './attribution-score';
import { TRAINING } from './data';

type LitQuote = {
  start: number;
  end: number;
  speaker_start: number | null;
  speaker_end: number | null;
  cue_start: number | null;
  cue_end: number | null;
};
export type LitRecord = { id: string; text: string; quotes: LitQuote[] };

const FILE = path.join(TRAINING, 'litbank_quotes', 'litbank_quotes.jsonl');

/** The held-out fifth of LitBank's records, or null when ../shared/training is absent. */
export function readHeldOutLitBank(): LitRecord[] | null {
  if (!existsSync(FILE)) return null;
  return readFileSync(FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as LitRecord)
    .filter((r) => featureBucket(r.id, 20) % 5 === 0);
}

export type LitScores = { quote: SpanCounts; speaker: SpanCounts; cue: SpanCounts };

const span = (s: number | null, e: number | null) => (s === null || e === null ? null : `${s}:${e}`);

/** Counts quote spans, and speaker and cue spans of the quotes found, against one record. */
export function scoreLitRecord(r: LitRecord, analysis: TextAnalysis, into: LitScores): void {
  const found = new Map(analysis.quotes.map((q) => [`${q.start}:${q.end}`, q]));
  const gold = new Set(r.quotes.map((q) => `${q.start}:${q.end}`));
  for (const k of found.keys()) if (!gold.has(k)) into.quote.fp++;
  for (const q of r.quotes) {
    const p = found.get(`${q.start}:${q.end}`);
    if (!p) {
      into.quote.fn++;
      if (q.speaker_start !== null) into.speaker.fn++;
      if (q.cue_start !== null) into.cue.fn++;
      continue;
    }
    into.quote.tp++;
    count(
      into.speaker,
      span(q.speaker_start, q.speaker_end),
      p.speaker ? span(p.speaker.start, p.speaker.end) : null,
    );
    count(
      into.cue,
      span(q.cue_start, q.cue_end),
      p.attribution ? span(p.attribution.start, p.attribution.end) : null,
    );
  }
}
