import type { TextAnalysis } from '../model/analysis';
import { detectClaims } from './claims';
import { findEntities } from './entities';
import type { AnalysisModels } from './models';
import { numbersBySentence } from './numbers';
import { splitSentences } from './sentences';

export { ENGINE_VERSION } from './version';

/**
 * Sentences, entities, claims and quotes of `text` (offsets into `text`), with the trained `models`
 * (`loadAnalysisModels()`); deterministic for a given text and models.
 */
export function analyzeText(text: string, models: AnalysisModels): TextAnalysis {
  const sentences = splitSentences(text);
  const numbers = numbersBySentence(text, sentences);
  const entities = findEntities(text, sentences, models.tagger, numbers);
  const { claims, quotes } = detectClaims(text, sentences, entities, models.claims, numbers);
  return { sentences, entities, claims, quotes };
}
