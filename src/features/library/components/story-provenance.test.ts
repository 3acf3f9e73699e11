import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../core/model';
import { describeProvenance } from './story-provenance';

const meta = (id: string, date: string | null, source: string): ArticleMeta =>
  ({ id, date, source, title: `Story ${id}` }) as ArticleMeta;

describe('describeProvenance', () => {
  it('tells which copy an article matches when that copy is earlier, and no direction on the same day', () => {
    const byId = new Map([
      ['wire', meta('wire', '2026-03-04', 'Meridian Wire')],
      ['later', meta('later', '2026-03-05', 'Harbour Courier')],
      ['same', meta('same', '2026-03-04', 'Valley Gazette')],
    ]);
    expect(describeProvenance({ id: 'later', share: 0.82, from: 'wire' }, byId)).toBe(
      '82% of this article matches the Meridian Wire copy of 4 Mar 2026',
    );
    expect(describeProvenance({ id: 'same', share: 0.6, from: 'wire' }, byId)).toBe(
      '60% of this article is also in the Meridian Wire copy of the same day (which came first is not known)',
    );
  });
});
