import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from './index';
import { createScores, scoreCase, scoreF1, type GoldenCase } from './golden-score';

const models = await loadAnalysisModels();

const dir = path.resolve(__dirname, '../../../test-data/analysis');
const scores = createScores();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const gold = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as GoldenCase;
  scoreCase(gold, analyzeText(gold.text, models), scores);
}

// Floors a little below what the engine scores today, so a regression on the golden set fails.
const ENTITY_FLOORS: Record<string, number> = {
  ALL: 0.93,
  PERSON: 0.9,
  ORG: 0.88,
  PLACE: 0.9,
  GROUP: 0.9,
  DATE: 0.9,
  NUMBER: 0.9,
};

describe('analysis engine on the golden cases', () => {
  it.each(Object.entries(ENTITY_FLOORS))('finds %s entities with F1 above %d', (type, floor) => {
    expect(scoreF1(scores.entities[type]!).f1).toBeGreaterThanOrEqual(floor);
  });

  it('detects claims and their attributions', () => {
    expect(scoreF1(scores.claims).f1).toBeGreaterThanOrEqual(0.9);
    expect(scoreF1(scores.attribution).f1).toBeGreaterThanOrEqual(0.85);
    expect(scores.hedgeCorrect / scores.hedgeTotal).toBeGreaterThanOrEqual(0.9);
  });
});
