import { describe, expect, it } from 'vitest';
import { bareDateLine, dateFromUrl } from './metadata-dates';

describe('bareDateLine', () => {
  it.each([
    ['November 4, 2011', '2011-11-04'],
    ['WEDNESDAY, JULY 29, 2009', '2009-07-29'],
    ['Sat 14 Feb 2015 09.30 GMT', '2015-02-14'],
    ['Aug. 3, 2022 | 6:10 PM IST', '2022-08-03'],
    ['2018-05-21', '2018-05-21'],
  ])('reads "%s" as %s', (line, iso) => {
    expect(bareDateLine(line)).toBe(iso);
  });

  it.each([
    'The council met on November 4, 2011 to vote on the budget.',
    'November 4, 2011: a chronology of the strike',
    'Rescuers at the quarry on July 29, 2009',
    'February 30, 2020',
  ])('is null for a line that says more than a date, or no real day: "%s"', (line) => {
    expect(bareDateLine(line)).toBeNull();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://www.tidewaterpost.com/2021/03/04/ferry-fares-rise/', '2021-03-04'],
    ['https://news.example.net/world/2019-08-12/quarry-reopens', '2019-08-12'],
    ['https://example.org/story/20160907/harvest', '2016-09-07'],
    ['https://example.org/local/2020/7/9/bridge', '2020-07-09'],
  ])('%s → %s', (url, iso) => {
    expect(dateFromUrl(url)).toBe(iso);
  });

  it.each([
    'https://example.org/article/2021123456',
    'https://example.org/2021/03/',
    'https://example.org/2021/13/40/x',
    'https://2021.example.org/about',
    null,
  ])('finds no date in %s', (url) => {
    expect(dateFromUrl(url)).toBeNull();
  });
});
