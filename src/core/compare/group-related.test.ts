import { describe, expect, it } from 'vitest';
import { loadStoryCorpus, type StoryArticle } from '../../../scripts/story-corpus';
import { countGroupPairs } from './group-baseline';
import { groupRelatedArticles } from './group-related';

// Articles written for this project: every event told by three outlets in their own words, and every event
// beside a look-alike (two pirate attacks, two earthquakes, two rehab stays, two bridge collapses, two strikes).
const tuning = loadStoryCorpus('tuning');
const heldOut = loadStoryCorpus('held-out');

const byEvent = (docs: readonly StoryArticle[]) => {
  const events = new Map<string, string[]>();
  for (const d of docs) events.set(d.event, [...(events.get(d.event) ?? []), d.id]);
  return [...events.values()];
};

describe('groupRelatedArticles', () => {
  it('has at least ten events of three outlets each to learn from', () => {
    const events = byEvent(tuning);
    expect(events.length).toBeGreaterThanOrEqual(10);
    for (const ids of events) expect(ids).toHaveLength(3);
  });

  it('puts the three outlets of each event in one story and every look-alike in its own', () => {
    expect(groupRelatedArticles(tuning)).toEqual(byEvent(tuning));
  });

  it('groups the held-out events it was never tuned on', () => {
    const label = new Map(heldOut.map((d) => [d.id, d.event]));
    const counts = countGroupPairs(groupRelatedArticles(heldOut), (id) => label.get(id)!);
    expect(counts.fp).toBe(0);
    expect(counts.tp / (counts.tp + counts.fn)).toBeGreaterThanOrEqual(0.8);
  });

  it('finds the same stories from the text alone, with no entities and no dates', () => {
    const bare = tuning.map(({ id, text }) => ({ id, text }));
    expect(groupRelatedArticles(bare)).toEqual(byEvent(tuning));
  });

  it('keeps two look-alike events apart even when one outlet covers both on the same day', () => {
    const quakes = tuning
      .filter((d) => d.event.startsWith('quake-'))
      .map((d) => ({ ...d, date: '2026-01-12' }));
    const groups = groupRelatedArticles(quakes);
    expect(groups).toHaveLength(2);
    for (const g of groups) expect(new Set(g.map((id) => id.split('--')[0])).size).toBe(1);
  });

  it('puts every article in exactly one group, an article alone on its own', () => {
    const docs = [...tuning.slice(0, 4), { id: 'alone', text: 'A chess prodigy aged eleven won the open.' }];
    const groups = groupRelatedArticles(docs);
    expect(groups.flat().sort()).toEqual(docs.map((d) => d.id).sort());
    expect(groups).toContainEqual(['alone']);
  });
});
