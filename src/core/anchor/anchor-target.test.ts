import { describe, expect, it } from 'vitest';
import { anchorTarget } from './anchor-target';
import { describeRange } from './describe-range';
import { reanchorAll } from './reanchor-all';

const story = [
  'Flood barriers along the Wendle river were raised on Thursday night, the county engineer said.',
  'Residents of Lower Marsh were told to move cars to higher ground. "We expect the water to peak at dawn," the engineer said.',
  'The ferry to Oakport was cancelled. By noon the river had fallen by half a metre, and the engineer said the barriers held.',
].join('\n\n');

function targetOf(text: string, quote: string, occurrence = 0) {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture lacks ${quote}`);
  return describeRange(text, at, at + quote.length);
}

const placed = (text: string, result: ReturnType<typeof anchorTarget>) =>
  result ? text.slice(result.start, result.end) : null;

describe('anchorTarget', () => {
  it('keeps the stored position while the quote is still there', () => {
    const target = targetOf(story, 'The ferry to Oakport was cancelled.');
    expect(anchorTarget(story, target)).toEqual({
      start: target.position.start,
      end: target.position.end,
      exact: true,
    });
  });

  it('tells the same quote apart by its context after the text moved', () => {
    const second = targetOf(story, 'the engineer said', 0);
    const third = targetOf(story, 'the engineer said', 1);
    const edited = 'UPDATE: roads reopened.\n\n' + story;
    const a = anchorTarget(edited, second)!;
    const b = anchorTarget(edited, third)!;
    expect(edited.slice(a.end, a.end + 2)).toBe('.\n');
    expect(edited.slice(b.end)).toBe(' the barriers held.');
    expect(a.start).not.toBe(b.start);
  });

  it('does not take a repeated phrase that moved onto the old position', () => {
    const first = targetOf(story, 'the engineer said', 0);
    const second = targetOf(story, 'the engineer said', 1);
    const gap = second.position.start - first.position.start;
    const edited = 'x'.repeat(gap - 1) + '\n' + story;
    expect(edited.startsWith('the engineer said', second.position.start)).toBe(true);
    const result = anchorTarget(edited, second)!;
    expect(edited.slice(result.end)).toBe(' the barriers held.');
  });

  it('lands on the same words after a paragraph is inserted before them', () => {
    const target = targetOf(story, 'By noon the river had fallen by half a metre');
    const edited = story.replace(
      '\n\nThe ferry',
      '\n\nA second pump station was opened in Kell.\n\nThe ferry',
    );
    const result = anchorTarget(edited, target);
    expect(result?.exact).toBe(true);
    expect(placed(edited, result)).toBe('By noon the river had fallen by half a metre');
    expect(result!.start).toBeGreaterThan(target.position.start);
  });

  it('follows a sentence that was reworded slightly', () => {
    const target = targetOf(story, 'Residents of Lower Marsh were told to move cars to higher ground.');
    const edited = story.replace('were told to move cars', 'were asked to move their cars');
    const result = anchorTarget(edited, target);
    expect(result?.exact).toBe(false);
    expect(placed(edited, result)).toBe(
      'Residents of Lower Marsh were asked to move their cars to higher ground.',
    );
  });

  it('gives up when the annotated sentence was deleted', () => {
    const target = targetOf(story, 'The ferry to Oakport was cancelled.');
    const edited = story.replace('The ferry to Oakport was cancelled. ', '');
    expect(anchorTarget(edited, target)).toBeNull();
  });

  it('counts offsets in UTF-16 code units around emoji', () => {
    const text = 'Fans 🎉🎉 cheered as the Comets 🚀 won 3–1 in Brellport.';
    const target = targetOf(text, 'Comets 🚀 won');
    expect(target.position.start).toBe(text.indexOf('Comets'));
    expect(target.position.end - target.position.start).toBe('Comets 🚀 won'.length);
    const edited = '🌧️ ' + text;
    expect(placed(edited, anchorTarget(edited, target))).toBe('Comets 🚀 won');
  });

  it('never cuts an emoji in half in the stored context', () => {
    const text = '🎉'.repeat(20) + 'goal' + '🎉'.repeat(20);
    const t = describeRange(text, 40, 44, 5);
    expect(t.quote.prefix).toBe('🎉🎉');
    expect(t.quote.suffix).toBe('🎉🎉');
  });

  it('anchors quotes at the very start and end of the text', () => {
    const first = targetOf(story, 'Flood barriers');
    const last = targetOf(story, 'the barriers held.');
    expect(first.quote.prefix).toBe('');
    expect(last.quote.suffix).toBe('');
    const edited = 'Flood barriers along the Wendle river were raised late on Thursday. ' + story.slice(95);
    expect(anchorTarget(edited, first)?.start).toBe(0);
    expect(placed(story + ' ', anchorTarget(story + ' ', last))).toBe('the barriers held.');
  });
});

describe('reanchorAll', () => {
  it('re-places every target after an edit and orphans, not drops, the lost one', () => {
    const quotes = ['Flood barriers along', 'The ferry to Oakport was cancelled.', 'the barriers held.'];
    const targets = quotes.map((q) => targetOf(story, q));
    const edited = 'Kell was spared.\n\n' + story.replace('The ferry to Oakport was cancelled. ', '');
    const out = reanchorAll(edited, targets);
    expect(out).toHaveLength(3);
    expect(out.map((t) => t.orphaned)).toEqual([false, true, false]);
    expect(edited.slice(out[0]!.position.start, out[0]!.position.end)).toBe('Flood barriers along');
    expect(out[1]!.quote).toEqual(targets[1]!.quote);
    expect(edited.slice(out[2]!.position.start, out[2]!.position.end)).toBe('the barriers held.');
  });
});
