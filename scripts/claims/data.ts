// The claim classifier's data: ClaimBuster from ../shared/training (split by a hash of the sentence) and the
// project's own labelled news sentences in test-data/claims (the held-out folder is read only by eval).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { attributeText } from '../../src/core/analysis/attribution/attribute-text';
import { findEntities } from '../../src/core/analysis/entities';
import { loadAnalysisModels } from '../../src/core/analysis/models';
import { findHedge } from '../../src/core/analysis/hedges';
import { numbersBySentence } from '../../src/core/analysis/numbers';
import { featureBucket, type SentenceFacts } from '../../src/core/analysis/claim-features';
import type { Span } from '../../src/core/model';

const { tagger } = await loadAnalysisModels();

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TRAINING = path.resolve(REPO, '..', 'shared', 'training');
export const CLAIMBUSTER = path.join(TRAINING, 'claimbuster', 'claimbuster.tsv');

export type Labelled = Readonly<{ sentence: string; yes: boolean }>;

/** Which split a ClaimBuster sentence belongs to: a fifth held out for testing, a fifth for tuning. */
export function splitOf(sentence: string): 'test' | 'dev' | 'train' {
  const k = featureBucket(sentence.toLowerCase().replace(/\s+/g, ' ').trim(), 20) % 5;
  return k === 0 ? 'test' : k === 1 ? 'dev' : 'train';
}

/** Rows of a `sentence<TAB>label` file with a header line, labels Yes/No. */
export function readLabelled(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const [sentence, label] = l.split('\t');
      return { sentence: sentence!.trim(), yes: label!.trim() === 'Yes' };
    });
}

/** ClaimBuster's sentences, or null when ../shared/training is absent (a fresh clone). */
export function readClaimBuster(): Labelled[] | null {
  return existsSync(CLAIMBUSTER) ? readLabelled(CLAIMBUSTER) : null;
}

/** The project's own labelled news sentences for training (never the held-out folder). */
export function readOwnNews(): Labelled[] {
  return readLabelled(path.join(REPO, 'test-data', 'claims', 'news-train.tsv'));
}

/** The held-out news sentences: read only by the evaluation. */
export function readHeldOutNews(): Labelled[] {
  return readLabelled(path.join(REPO, 'test-data', 'claims', 'held-out', 'news-test.tsv'));
}

/** What the engine finds in one sentence on its own, as the classifier sees it inside an article. */
export function factsOf(sentence: string): SentenceFacts {
  const spans: Span[] = [[0, sentence.length]];
  const numbers = numbersBySentence(sentence, spans);
  const entities = findEntities(sentence, spans, tagger, numbers);
  const found = attributeText(sentence, spans, entities).sentences[0];
  return {
    entityTypes: entities.map((e) => e.type),
    numberCount: numbers[0]!.length,
    attribution: found?.attribution.kind ?? null,
    hedged: findHedge(sentence) !== null,
  };
}
