import type { TextAnalysis } from '../model/analysis';
import { detectClaims } from './claims';
import { findEntities } from './entities';
import { numbersBySentence } from './numbers';
import { splitSentences } from './sentences';

export { ENGINE_VERSION } from './version';

/** Sentences, entities and claims of `text` (offsets into `text`); deterministic for a given text. */
export function analyzeText(text: string): TextAnalysis {
  const sentences = splitSentences(text);
  const numbers = numbersBySentence(text, sentences);
  const entities = findEntities(text, sentences, numbers);
  return { sentences, entities, claims: detectClaims(text, sentences, entities, numbers) };
}
