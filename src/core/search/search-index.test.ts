import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model';
import { matchOf } from './find-matches';
import { SearchIndex, keepPhraseHits, parseQuery } from './search-index';
import { makeSnippet } from './snippet';

const note = (id: string, articleId: string, text: string): Annotation => ({
  id,
  articleId,
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 1 },
    orphaned: false,
  },
  note: text,
  label: null,
  tags: [],
  createdAt: 1,
  updatedAt: 1,
});

function makeIndex(): SearchIndex {
  const index = new SearchIndex();
  index.upsertArticle({
    id: 'a',
    title: 'Glacier melt speeds up',
    text: 'The glacier lost ice at a record pace.',
  });
  index.upsertArticle({
    id: 'b',
    title: 'Ferry strike ends',
    text: 'Ferry crews returned to work on the record day.',
  });
  return index;
}

describe('SearchIndex', () => {
  it('finds articles by words of their title or text, all words required', () => {
    const index = makeIndex();
    expect(
      index
        .search('record')
        .map((h) => h.articleId)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(index.search('record glacier').map((h) => h.articleId)).toEqual(['a']);
    expect(index.search('strike')).toHaveLength(1);
  });

  it('requires quoted phrases verbatim', () => {
    const index = makeIndex();
    expect(index.search('"record pace"').map((h) => h.articleId)).toEqual(['a']);
    expect(index.search('"pace record"')).toEqual([]);
  });

  it('finds an article by a word of an annotation note and forgets it when the note changes', () => {
    const index = makeIndex();
    index.upsertAnnotation(note('n1', 'b', 'ask the union about overtime'));
    expect(index.search('overtime')).toMatchObject([{ articleId: 'b', noteIds: ['n1'], inText: false }]);
    index.upsertAnnotation(note('n1', 'b', 'settled'));
    expect(index.search('overtime')).toEqual([]);
    index.removeAnnotation('n1');
    expect(index.search('settled')).toEqual([]);
  });

  it('drops deleted articles with their notes and picks up replaced text', () => {
    const index = makeIndex();
    index.upsertAnnotation(note('n1', 'a', 'check the satellite data'));
    index.removeArticles(['a']);
    expect(index.search('satellite')).toEqual([]);
    expect(index.search('glacier')).toEqual([]);
    index.upsertArticle({ id: 'b', title: 'Ferry strike ends', text: 'Talks collapsed overnight.' });
    expect(index.search('collapsed')).toHaveLength(1);
    expect(index.search('crews')).toEqual([]);
  });
});

describe('parseQuery', () => {
  it('separates quoted phrases from loose words', () => {
    expect(parseQuery('ferry "record day" crews')).toEqual({
      phrases: ['record day'],
      words: 'ferry crews',
    });
  });
});

describe('makeSnippet', () => {
  it('marks every match in the passage around the first one, cut at words', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(10)}The glacier lost ice. Glaciers retreat.${' More words here.'.repeat(10)}`;
    const snippet = makeSnippet(text, ['glacier'])!;
    expect(snippet.start).toBe(text.indexOf('glacier'));
    expect(snippet.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['glacier', 'Glaciers']);
    expect(snippet.parts[0]?.text).toBe('…');
    expect(makeSnippet(text, ['volcano'])).toBeNull();
  });

  it('marks a phrase whole, from its first occurrence as a phrase, and the loose words beside it', () => {
    const text =
      'Fewer than 500 boats came. Officials said more than\n50 boats queued; more boats than 50 left.';
    const snippet = makeSnippet(text, ['queued'], ['more than 50'])!;
    expect(snippet.start).toBe(text.indexOf('more than\n50'));
    expect(snippet.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['more than\n50', 'queued']);
  });
});

describe('matchOf', () => {
  it('shows the passage of the text, else of the note that matched, scrolling to the annotation', () => {
    const index = makeIndex();
    index.upsertAnnotation({
      ...note('n1', 'b', 'ask the union about overtime'),
      target: {
        ...note('n1', 'b', '').target,
        position: { type: 'TextPositionSelector', start: 12, end: 20 },
      },
    });
    const matches = (query: string) =>
      index.search(query).map((hit) => matchOf(hit, index.textOf(hit.articleId) ?? '', index));
    const [fromText] = matches('glacier');
    expect(fromText).toMatchObject({ articleId: 'a', fromNote: false, snippet: { start: 4 } });
    const [fromNote] = matches('overtime');
    expect(fromNote).toMatchObject({ articleId: 'b', fromNote: true, snippet: { start: 12 } });
    expect(fromNote?.snippet?.parts.filter((p) => p.match).map((p) => p.text)).toEqual(['overtime']);
  });
});

describe('a packed index', () => {
  const texts: Record<string, string> = {
    a: 'The glacier lost ice at a record pace.',
    b: 'Ferry crews returned to work on the record day.',
  };

  it('answers as the index it was packed from, best first, and keeps no texts', () => {
    const index = makeIndex();
    for (const query of ['record', 'glac', 'glaicer', 'ferry crews', 'recrd']) {
      const before = index.search(query);
      const loaded = new SearchIndex(makeIndex().pack());
      const after = loaded.searchWords(query).hits;
      expect(after.map((h) => h.articleId)).toEqual(before.map((h) => h.articleId));
      after.forEach((h, i) => expect(h.score).toBeCloseTo(before[i]!.score, 6));
    }
    // No texts come with it: phrases are left to the caller, who reads the texts.
    const loaded = new SearchIndex(makeIndex().pack());
    const { hits, phrases } = loaded.searchWords('"record pace"');
    expect(phrases).toEqual(['record pace']);
    expect(keepPhraseHits(hits, phrases, (id) => texts[id] ?? '').map((h) => h.articleId)).toEqual(['a']);
  });

  it('takes changes beside the packed bulk, and packs them in', () => {
    const index = new SearchIndex(makeIndex().pack());
    index.upsertArticle({ id: 'b', title: 'Ferry strike ends', text: 'Talks collapsed overnight.' });
    index.upsertArticle({ id: 'c', title: 'Orchard frost', text: 'Growers lit braziers at a record low.' });
    index.upsertAnnotation(note('n1', 'a', 'check the satellite data'));
    const check = (i: SearchIndex) => {
      expect(i.searchWords('crews').hits).toEqual([]);
      expect(i.searchWords('collapsed').hits.map((h) => h.articleId)).toEqual(['b']);
      expect(i.searchWords('satellite').hits).toMatchObject([{ articleId: 'a', noteIds: ['n1'] }]);
      expect(
        i
          .searchWords('record')
          .hits.map((h) => h.articleId)
          .sort(),
      ).toEqual(['a', 'c']);
      expect(i.size).toBe(4);
    };
    check(index);
    const repacked = new SearchIndex(index.pack());
    check(index);
    check(repacked);
    repacked.removeArticles(['a']);
    expect(repacked.searchWords('glacier').hits).toEqual([]);
    expect(repacked.size).toBe(3);
  });
});
