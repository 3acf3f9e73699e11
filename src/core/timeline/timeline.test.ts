import { describe, expect, it } from 'vitest';
import { buildTimeline, isTimelineWindow, placeStories, shiftWindow, zoomIn, zoomOut } from './timeline';

const articles = [
  { id: 'late', date: '2029-11-30' },
  { id: 'noon', date: '2031-02-03T12:00:00Z' },
  { id: 'morning', date: '2031-02-03T08:15:00Z' },
  { id: 'plain', date: '2031-02-03' },
  { id: 'none', date: null },
  { id: 'leap', date: '2032-02-29' },
];

describe('buildTimeline', () => {
  it('shows every year of the span, empty ones too, with the undated articles apart', () => {
    const t = buildTimeline(articles, '');
    expect(t.rows.map((r) => [r.key, r.ids.length])).toEqual([
      ['2029', 1],
      ['2030', 0],
      ['2031', 3],
      ['2032', 1],
    ]);
    expect(t.total).toBe(5);
    expect(t.undated).toEqual(['none']);
  });

  it('shows a year by month and a month by day, articles in date order', () => {
    const year = buildTimeline(articles, '2031');
    expect(year.rows).toHaveLength(12);
    expect(year.rows[1]).toEqual({ key: '2031-02', ids: ['plain', 'morning', 'noon'] });
    expect(year.total).toBe(3);
    const feb = buildTimeline(articles, '2032-02');
    expect(feb.rows).toHaveLength(29);
    expect(feb.rows.at(-1)).toEqual({ key: '2032-02-29', ids: ['leap'] });
  });

  it('draws only the years with articles when the span is centuries wide', () => {
    const t = buildTimeline(
      [
        { id: 'old', date: '1702-01-01' },
        { id: 'new', date: '2031-01-01' },
      ],
      '',
    );
    expect(t.rows.map((r) => r.key)).toEqual(['1702', '2031']);
  });

  it('is empty with no dated articles', () => {
    expect(buildTimeline([{ id: 'x', date: null }], '')).toEqual({
      window: '',
      rows: [],
      total: 0,
      undated: ['x'],
    });
  });
});

describe('timeline windows', () => {
  it('zooms in to a year and a month, not past a day, and back out', () => {
    expect(zoomIn('2031')).toBe('2031');
    expect(zoomIn('2031-02')).toBe('2031-02');
    expect(zoomIn('2031-02-03')).toBeNull();
    expect(zoomOut('2031-02')).toBe('2031');
    expect(zoomOut('2031')).toBe('');
    expect(zoomOut('')).toBe('');
  });

  it('moves a year or a month at a time across year ends', () => {
    expect(shiftWindow('2031', -1)).toBe('2030');
    expect(shiftWindow('2031-12', 1)).toBe('2032-01');
    expect(shiftWindow('2031-01', -1)).toBe('2030-12');
    expect(shiftWindow('', 1)).toBe('');
  });

  it('knows a window from anything else in the URL', () => {
    expect(['', '2031', '2031-02'].every(isTimelineWindow)).toBe(true);
    expect(['31', '2031-13', '2031-02-03', 'x'].some(isTimelineWindow)).toBe(false);
  });
});

describe('placeStories', () => {
  it('places a story by the first and last day of its dated articles, earliest first', () => {
    const stories = [
      ['noon', 'leap', 'none'],
      ['late', 'plain'],
      ['none', 'gone'],
    ];
    expect(placeStories(stories, articles)).toEqual([
      { ids: ['late', 'plain'], first: '2029-11-30', last: '2031-02-03' },
      { ids: ['noon', 'leap', 'none'], first: '2031-02-03', last: '2032-02-29' },
    ]);
  });
});
