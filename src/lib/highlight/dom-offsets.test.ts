import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domPointToOffset, rangeToOffsets } from './dom-offsets';

// Text "Mayor Ana Ruiz spoke." at 100 and "The port reopened." at 130, as HighlightedText renders them.
function render() {
  const { document } = parseHTML(
    '<div id="root">' +
      '<p data-start="100">Mayor <span data-entity-type="PERSON">Ana <span>Ruiz</span></span>' +
      '<button data-no-offset aria-label="claim">i</button> spoke.</p>' +
      '<p data-start="130">The port reopened.</p>' +
      '</div>',
  );
  return document.getElementById('root')!;
}

describe('dom offsets', () => {
  it('maps a point in a nested span to its clean-text offset', () => {
    const root = render();
    const ruiz = root.querySelectorAll('span')[1]!.firstChild!;
    expect(domPointToOffset(root, ruiz, 2)).toBe(100 + 'Mayor Ana Ru'.length);
  });

  it('ignores helper elements marked data-no-offset', () => {
    const root = render();
    const afterButton = root.querySelector('p')!.lastChild!;
    expect(domPointToOffset(root, afterButton, 1)).toBe(100 + 'Mayor Ana Ruiz '.length);
  });

  it('maps a selection across paragraphs, whatever its direction', () => {
    const root = render();
    const first = root.querySelector('p')!.firstChild!;
    const second = root.querySelectorAll('p')[1]!.firstChild!;
    const range = { startContainer: second, startOffset: 3, endContainer: first, endOffset: 6 };
    expect(rangeToOffsets(root, range)).toEqual({ start: 106, end: 133 });
  });

  it('handles element containers with a child index', () => {
    const root = render();
    const p = root.querySelector('p')!;
    expect(domPointToOffset(root, p, 2)).toBe(100 + 'Mayor Ana Ruiz'.length);
  });

  it('returns null outside the rendered paragraphs or for an empty range', () => {
    const root = render();
    expect(domPointToOffset(root, root, 0)).toBeNull();
    const t = root.querySelector('p')!.firstChild!;
    expect(
      rangeToOffsets(root, { startContainer: t, startOffset: 2, endContainer: t, endOffset: 2 }),
    ).toBeNull();
  });
});
