import { describe, expect, it } from 'vitest';
import modelFile from '../model/entity-tagger.json' with { type: 'json' };
import { featureListsHash } from './features';

describe('the committed tagger', () => {
  it('was trained on the word lists its features read today (else run `npm run train`)', () => {
    expect((modelFile as { featureLists?: string }).featureLists).toBe(featureListsHash());
  });
});
