import { describe, expect, it } from 'vitest';
import { removeBoilerplate, separateDateline } from './boilerplate';

const units = (...lines: string[]) => lines.map((text) => ({ text }));
const reasonOf = (result: ReturnType<typeof removeBoilerplate>, text: string) =>
  result.removed.find((r) => r.text === text)?.reason;

describe('removeBoilerplate', () => {
  it('takes the first headline above the story as title and drops captions and tickers', () => {
    const r = removeBoilerplate(
      units(
        'Gold ( 0.4 %)',
        'Mill workers end strike after pay deal',
        'Workers at gate',
        'Workers at the Eastfield mill returned on Monday after a 12-day strike, the union said.',
      ),
    );
    expect(r.title).toBe('Mill workers end strike after pay deal');
    expect(r.paragraphs).toEqual([
      'Workers at the Eastfield mill returned on Monday after a 12-day strike, the union said.',
    ]);
    expect(reasonOf(r, 'Gold ( 0.4 %)')).toBe('stock ticker');
    expect(reasonOf(r, 'Workers at gate')).toBe('photo caption or label');
  });

  it('removes a deck that repeats a body sentence but keeps the body sentence', () => {
    const deck = 'The union said members voted 412 to 88 to accept the offer';
    const body = 'The union said members voted 412 to 88 to accept the offer.';
    const r = removeBoilerplate(
      units('Strike ends', deck, 'Workers returned to the mill on Monday morning, managers said.', body),
    );
    expect(r.paragraphs).toContain(body);
    expect(reasonOf(r, deck)).toBe('duplicate of a body sentence');
  });

  it('removes the headline list after "Also Read" and resumes when the story does', () => {
    const r = removeBoilerplate(
      units(
        'The council approved the budget on Tuesday after a long debate.',
        'Also Read',
        'Tax rebate scheme extended: Finance Ministry',
        'River cleanup drive draws 2,000 volunteers',
        'The budget now goes to the state government for approval, officials said.',
      ),
    );
    expect(r.paragraphs).toEqual([
      'The council approved the budget on Tuesday after a long debate.',
      'The budget now goes to the state government for approval, officials said.',
    ]);
    expect(r.removed.filter((x) => x.reason === 'related headlines')).toHaveLength(3);
  });

  it('treats non-sentences after footer furniture as footer links, but keeps a long quoted closing paragraph', () => {
    const quote =
      'She added: "We will publish the full audit next month, and every resident will be able to read it. Nothing will be held back."';
    const r = removeBoilerplate(
      units(
        'Audit finds gaps in city accounts and missing receipts, officials said.',
        quote,
        'Topics : audit city',
        'Explore News',
        'Markets Today',
      ),
    );
    expect(r.paragraphs).toEqual([
      'Audit finds gaps in city accounts and missing receipts, officials said.',
      quote,
    ]);
    expect(reasonOf(r, 'Explore News')).toBe('footer links');
  });

  it('removes the same furniture on every page of a file of several scraped pages', () => {
    const page = (n: number) => [
      'Sensex 72,100 ( +0.4 %)',
      `Council approves budget number ${n}`,
      `The council approved budget number ${n} on Tuesday after a long debate, officials said.`,
      'Also Read',
      'River cleanup drive draws 2,000 volunteers',
      'Copyrights © 2025 Daily Ledger Media Private Ltd. All rights reserved',
    ];
    // Enough pages for a long file, where repeated short lines are classified once.
    const numbers = Array.from({ length: 50 }, (_, i) => i + 1);
    const r = removeBoilerplate(units(...numbers.flatMap(page)));
    expect(r.paragraphs).toEqual(numbers.map((n) => page(n)[2]));
    const reasons = (text: string) => r.removed.filter((x) => x.text === text).map((x) => x.reason);
    expect(reasons('Sensex 72,100 ( +0.4 %)')).toEqual(Array(50).fill('stock ticker'));
    expect(reasons('Also Read')).toEqual(Array(50).fill('related headlines'));
    expect(reasons('River cleanup drive draws 2,000 volunteers')).toEqual(
      Array(50).fill('related headlines'),
    );
    expect(reasons(page(1)[5]!)).toEqual(Array(50).fill('copyright'));
    expect(r.siteSource).toBe('Daily Ledger Media');
  });

  it('keeps long prose below the footer even when the scraper cut its full stop', () => {
    const cut =
      'The mayor said the audit would be repeated every year and that departments failing it twice would lose part of their budget under the new rules';
    const r = removeBoilerplate(
      units('Audit finds gaps in city accounts and missing receipts, officials said.', 'Topics : audit', cut),
    );
    expect(r.paragraphs).toContain(cut);
  });

  it('uses a short all-capitals headline as the title rather than dropping it as navigation', () => {
    const r = removeBoilerplate(
      units('FLOODS CUT COAST ROAD', 'Floods cut the coast road near Marden on Sunday, police said.'),
    );
    expect(r.title).toBe('FLOODS CUT COAST ROAD');
  });

  it('collects the wire source, copyright owner and updated date from removed lines', () => {
    const r = removeBoilerplate(
      units(
        'Press Trust of India Mumbai',
        '4 min read Last Updated : Jan 5 2025 | 9:12 AM IST',
        'Shares of the lender rose 3 per cent after it reported higher quarterly profit.',
        'Copyrights © 2025 Coastal Business Daily Pvt. Ltd.',
      ),
    );
    expect(r).toMatchObject({
      wireSource: 'Press Trust of India',
      siteSource: 'Coastal Business Daily',
      date: '2025-01-05',
    });
    expect(r.paragraphs).toHaveLength(1);
  });

  it('drops a run of menu items but keeps a single subheading inside the story', () => {
    const r = removeBoilerplate(
      units(
        'Home',
        'Markets',
        'Politics',
        'Sport',
        'Rail fares will rise by 4 per cent from April, the operator said on Friday.',
        'What changes for commuters',
        'Season tickets will rise less than single fares, according to the notice.',
      ),
    );
    expect(r.removed.filter((x) => x.reason === 'navigation menu')).toHaveLength(4);
    expect(r.paragraphs).toContain('What changes for commuters');
  });

  it('keeps verbatim units untouched', () => {
    const r = removeBoilerplate([
      { text: 'The statement was released on Monday by the ministry.' },
      { text: 'Share', verbatim: true },
    ]);
    expect(r.paragraphs).toEqual(['The statement was released on Monday by the ministry.', 'Share']);
  });
});

describe('separateDateline', () => {
  it('gives a glued dateline credit its space and leaves other paragraphs alone', () => {
    expect(separateDateline('Nairobi (Lakeside Wire)Kenya’s tea auction closed early.')).toBe(
      'Nairobi (Lakeside Wire) Kenya’s tea auction closed early.',
    );
    expect(separateDateline('OSLO (Reuters) - Rates held.')).toBe('OSLO (Reuters) - Rates held.');
    expect(separateDateline('Shares of Nordvik (NVK)rose 3%.')).toBe('Shares of Nordvik (NVK)rose 3%.');
  });
});
