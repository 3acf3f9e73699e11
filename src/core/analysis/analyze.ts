import type { TextAnalysis } from '../model/analysis';
import { detectClaims } from './claims';
import { findEntities } from './entities';
import type { AnalysisModels } from './models';
import { numbersBySentence } from './numbers';
import { splitSentences } from './sentences';

export { ENGINE_VERSION } from './version';

/**
 * Sentences, entities and claims of `text` (offsets into `text`); deterministic for a given text and
 * models (load them with `loadAnalysisModels`).
 */
export function analyzeText(text: string, models: AnalysisModels): TextAnalysis {
  const sentences = splitSentences(text);
  const numbers = numbersBySentence(text, sentences);
  const entities = findEntities(text, sentences, models.tagger, numbers);
  return { sentences, entities, claims: detectClaims(text, sentences, entities, numbers) };
}
