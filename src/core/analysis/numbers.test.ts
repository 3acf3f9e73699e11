import { describe, expect, it } from 'vitest';
import { findNumbers } from './numbers';

function numbersOf(text: string) {
  return findNumbers(text).map(({ text: t, value, qualifier, unit }) => ({ t, value, qualifier, unit }));
}

/** Each number of `text` as [text, value, unit, qualifier]. */
const read = (text: string) => numbersOf(text).map((n) => [n.t, n.value, n.unit, n.qualifier]);

describe('findNumbers', () => {
  it('reads a unit written onto the digits as the unit written out ("60km" is "60 kilometres")', () => {
    const glued = findNumbers('The camp lies nearly 60km north of the border and holds 5kg rations.');
    const spaced = findNumbers('The camp lies nearly 60 kilometres north of the border.');
    expect(glued.map((n) => [n.text, n.value, n.unit, n.qualifier])).toEqual([
      ['nearly 60km', 60, 'km', 'about'],
      ['5kg', 5, 'kg', 'exact'],
    ]);
    expect([spaced[0]!.value, spaced[0]!.unit, spaced[0]!.qualifier]).toEqual([60, 'km', 'about']);
  });

  it('reads temperatures, cents, feet, metric tons and a scale written onto the digits', () => {
    const found = findNumbers(
      'It hit 41 degrees Celsius, or 106°F. Bread rose by 20 cents. The wave was 12 feet, the mast 30ft. ' +
        'Exports reached 2.1 million metric tons. He paid £3million.',
    ).map((n) => [n.text, n.value, n.unit]);
    expect(found).toEqual([
      ['41 degrees Celsius', 41, '°C'],
      ['106°F', 106, '°F'],
      ['20 cents', 20, 'cent'],
      ['12 feet', 12, 'ft'],
      ['30ft', 30, 'ft'],
      ['2.1 million metric tons', 2_100_000, 'tonne'],
      ['£3million', 3_000_000, 'GBP'],
    ]);
  });

  it('reads rupees, rand, pesos, shillings, rupiah and taka written the way their own press writes them', () => {
    const found = (text: string) => findNumbers(text).map((n) => [n.text, n.value, n.unit]);
    expect(
      found(
        'Diesel rises to Rs112 a litre; the plan costs Rs4.2 trillion, Rs1.1tr of it loans, and Rs8 lakh per ' +
          'family. The utility owes R2.3 billion; damage hit P640 million, or ₱0.6 billion. Traders lost KSh 90 ' +
          'million and Sh2 billion; Rp 7 trillion and Tk 350 crore were pledged. Bonds pay 9.5pc.',
      ),
    ).toEqual([
      ['Rs112', 112, 'INR'],
      ['Rs4.2 trillion', 4.2e12, 'INR'],
      ['Rs1.1tr', 1.1e12, 'INR'],
      ['Rs8 lakh', 8e5, 'INR'],
      ['R2.3 billion', 2.3e9, 'ZAR'],
      ['P640 million', 6.4e8, 'PHP'],
      ['₱0.6 billion', 6e8, 'PHP'],
      ['KSh 90 million', 9e7, 'KES'],
      ['Sh2 billion', 2e9, 'KES'],
      ['Rp 7 trillion', 7e12, 'IDR'],
      ['Tk 350 crore', 3.5e9, 'BDT'],
      ['9.5pc', 9.5, '%'],
    ]);
    // A rupee is Pakistan's in a text about Pakistan; a lone letter before digits is no currency without a scale.
    expect(found('Lahore traders paid Rs 60 billion in tax.')).toEqual([['Rs 60 billion', 6e10, 'PKR']]);
    expect(found('Nurses asked for N95 masks on the R21 road.')).toEqual([]);
  });

  it('reads number words joined by a hyphen whole, and units of speed, rain, area and volume', () => {
    const found = findNumbers(
      'Forty-two homes and sixty-one thousand hens were lost to gusts of 110 kph, or 68 mph, and 95mm of rain ' +
        'across 12 square kilometres; the dam let out 4 million cubic metres, and rates rose 0.25 percentage points.',
    ).map((n) => [n.text, n.value, n.unit]);
    expect(found).toEqual([
      ['Forty-two homes', 42, 'home'],
      ['sixty-one thousand hens', 61000, 'hen'],
      ['110 kph', 110, 'km/h'],
      ['68 mph', 68, 'mph'],
      ['95mm', 95, 'mm'],
      ['12 square kilometres', 12, 'km²'],
      ['4 million cubic metres', 4e6, 'm³'],
      ['0.25 percentage points', 0.25, 'percentage point'],
    ]);
  });

  it('reads cedis, shekels, basis points, "about a", "as many as", and scales without rounding error', () => {
    const found = findNumbers(
      'Farmers get GH¢3,625 a bag; the budget is NIS 480 billion. The bank cut rates by 75 basis points, or 75 bps. ' +
        'There is about a 40% chance that as many as 900 claims and 12 cases fail, costing about 1.07 billion dollars.',
    ).map((n) => [n.text, n.value, n.qualifier, n.unit]);
    expect(found).toEqual([
      ['GH¢3,625', 3625, 'exact', 'GHS'],
      ['NIS 480 billion', 4.8e11, 'exact', 'ILS'],
      ['75 basis points', 75, 'exact', 'basis point'],
      ['75 bps', 75, 'exact', 'basis point'],
      ['about a 40%', 40, 'about', '%'],
      ['as many as 900 claims', 900, 'at-most', 'claim'],
      ['12 cases', 12, 'exact', 'case'],
      ['about 1.07 billion dollars', 1070000000, 'about', 'USD'],
    ]);
  });

  it('counts no clock time, telephone number, fiscal year or span of years, nor an adjective as a unit', () => {
    expect(
      numbersOf(
        'The alarm rang at 6 a.m. and again at 9pm. Call 020 7946 0958 or +44 161 496 0000. The 2026-27 ' +
          'budget covers 1998-2024 data, between 1990 and 2020.',
      ),
    ).toEqual([]);
    expect(
      numbersOf('There were 9 serious injuries among 40 anxious passengers.').map((n) => n.unit),
    ).toEqual([null, null]);
  });

  it('normalises qualifiers so "more than 50" and "over 50" compare equal', () => {
    const [a, b] = numbersOf('more than 50 arrests and over 50 raids');
    expect(a).toMatchObject({ value: 50, qualifier: 'more-than', unit: 'arrest' });
    expect(b).toMatchObject({ value: 50, qualifier: 'more-than', unit: 'raid' });
  });

  it('reads units, money with scale words, percentages and ranges', () => {
    expect(numbersOf('for 30 days')[0]).toEqual({ t: '30 days', value: 30, qualifier: 'exact', unit: 'day' });
    expect(numbersOf('a $2.5 million grant')[0]).toMatchObject({
      t: '$2.5 million',
      value: 2_500_000,
      unit: 'USD',
    });
    expect(numbersOf('Rs 500 crore')[0]).toMatchObject({ value: 5_000_000_000, unit: 'INR' });
    expect(numbersOf('up about 40% this year')[0]).toMatchObject({
      value: 40,
      qualifier: 'about',
      unit: '%',
    });
    expect(numbersOf('between 20 and 30 boats')[0]).toMatchObject({
      value: 20,
      qualifier: 'range',
      unit: 'boat',
    });
    expect(numbersOf('at least two weeks')[0]).toMatchObject({
      value: 2,
      qualifier: 'at-least',
      unit: 'week',
    });
  });

  it('reads the currency of an amount named after it, or by a symbol or ISO code before it', () => {
    const units = (text: string) => numbersOf(text).map(({ t, unit }) => `${t}: ${unit}`);
    expect(
      units(
        'Lenders wrote off 2.4 billion yuan, 900 billion won, 35,000 naira and 80 billion CFA francs, ' +
          'against ¥12 billion, HK$300 million, CHF 45 million and 1.5 million Canadian dollars.',
      ),
    ).toEqual([
      '2.4 billion yuan: CNY',
      '900 billion won: KRW',
      '35,000 naira: NGN',
      '80 billion CFA francs: CFA franc',
      '¥12 billion: JPY',
      'HK$300 million: HKD',
      'CHF 45 million: CHF',
      '1.5 million Canadian dollars: CAD',
    ]);
  });

  it('reads a score or a record as two figures, not as a range', () => {
    expect(
      numbersOf('The Harriers won 27-24 and are 11-2 this season, with 20-30 fans at each game.'),
    ).toEqual([
      { t: '27', value: 27, qualifier: 'exact', unit: null },
      { t: '24', value: 24, qualifier: 'exact', unit: null },
      { t: '11', value: 11, qualifier: 'exact', unit: null },
      { t: '2', value: 2, qualifier: 'exact', unit: null },
      { t: '20-30 fans', value: 20, qualifier: 'range', unit: 'fan' },
    ]);
  });

  it('does not treat date-names, dates, years, ordinals or codes as quantities', () => {
    expect(
      numbersOf('the 26/11 attacks on November 10, 2023, in 2021, his 10th visit, the G20, at 10:30'),
    ).toEqual([]);
  });

  it("counts a noun that opens with a month's letters, and no month written before or after the figure", () => {
    expect(
      numbersOf(
        'In 5 decades the 12 mayors made 300 separate decisions on 40 markets; 20 may follow by 3 Sept or Nov. 4.',
      ).map((n) => n.t),
    ).toEqual(['5 decades', '12 mayors', '300', '40 markets', '20']);
  });

  it('reads ringgit written as RM with "bil" and "mil", and a scale joined by a hyphen', () => {
    expect(
      numbersOf(
        'Penang set aside RM2.4bil, then RM650mil and RM 15 million; the city owes R3.1-billion.',
      ).map((n) => [n.t, n.value, n.unit]),
    ).toEqual([
      ['RM2.4bil', 2.4e9, 'MYR'],
      ['RM650mil', 6.5e8, 'MYR'],
      ['RM 15 million', 1.5e7, 'MYR'],
      ['R3.1-billion', 3.1e9, 'ZAR'],
    ]);
  });

  it('reads a range whose end repeats the currency, the "%" or the scale, and a change from one figure to another', () => {
    expect(
      read('Bids came in between KSh 40,000 and KSh 55,000, a $1.5-2 billion plan, 8- to 10-hour shifts.'),
    ).toEqual([
      ['between KSh 40,000 and KSh 55,000', 40000, 'KES', 'range'],
      ['$1.5-2 billion', 1.5e9, 'USD', 'range'],
      ['8- to 10-hour', 8, 'hour', 'range'],
    ]);
    expect(read('Growth of 1.2% to 1.6% is forecast; costs of $800 million to $1.1 billion.')).toEqual([
      ['1.2% to 1.6%', 1.2, '%', 'range'],
      ['$800 million to $1.1 billion', 8e8, 'USD', 'range'],
    ]);
    expect(read('Fares rose from 4% to 6%.')).toEqual([
      ['4%', 4, '%', 'exact'],
      ['6%', 6, '%', 'exact'],
    ]);
  });

  it('reads shares written as fractions and "one in N", as percentages', () => {
    expect(
      read(
        'Almost a third of tenants moved. Nearly two-thirds of the wells ran dry. Half the boats stayed in ' +
          'port, and sales fell by almost half. One in four buses ran; a roughly one-in-five chance.',
      ),
    ).toEqual([
      ['Almost a third', 33.3, '%', 'about'],
      ['Nearly two-thirds', 66.7, '%', 'about'],
      ['Half', 50, '%', 'exact'],
      ['almost half', 50, '%', 'about'],
      ['One in four', 25, '%', 'exact'],
      ['roughly one-in-five', 20, '%', 'about'],
    ]);
    // Not an ordinal, a half of a game or of an hour, nor "half" alone.
    expect(
      read('The third of the hearings opened in the second half of the year, half an hour late.'),
    ).toEqual([]);
  });

  it('reads "tens of millions" and "hundreds of thousands" as at least that many', () => {
    expect(
      read('The levy raised tens of millions of dollars as hundreds of thousands of people marched.'),
    ).toEqual([
      ['tens of millions of dollars', 1e7, 'USD', 'at-least'],
      ['hundreds of thousands', 1e5, null, 'at-least'],
    ]);
  });

  it('reads ranges of number words or with the scale on both ends, and keeps a qualifier before a range', () => {
    expect(
      read(
        'Repairs cost between £12m and £15m and take between six and 12 months, or five to eight years; ' +
          'prices rose roughly 1% to 2%.',
      ),
    ).toEqual([
      ['between £12m and £15m', 12e6, 'GBP', 'range'],
      ['between six and 12 months', 6, 'month', 'range'],
      ['five to eight years', 5, 'year', 'range'],
      ['roughly 1% to 2%', 1, '%', 'range'],
    ]);
  });

  it('reads naira written "N" onto the digits in a text about Nigeria or the naira', () => {
    const units = (text: string) => numbersOf(text).map((n) => [n.t, n.unit]);
    expect(units('Petrol sold for N1,050 a litre in Lagos, up from N945, while the naira slid.')).toEqual([
      ['N1,050', 'NGN'],
      ['N945', 'NGN'],
    ]);
    expect(units('Take exit N12 after 40 minutes.')).toEqual([['40 minutes', 'minute']]);
  });

  it('counts no 24-hour clock time before its zone, nor the number of an article or a rank', () => {
    expect(
      read('By 1142 GMT the rand had slipped 0.4%, as Article 49.3 allows and No. 26 seed fell.'),
    ).toEqual([['0.4%', 0.4, '%', 'exact']]);
    expect(read('The 1200 GMT slot drew 1500 viewers.')).toEqual([['1500 viewers', 1500, 'viewer', 'exact']]);
  });

  it('reads Taiwan, Zimbabwe, Bangladesh and UAE money, thousands parted by spaces, and "or more"', () => {
    expect(
      read(
        'Taipei set aside about NT$12 billion; miners paid Z$40 000 or ZiG 2.5 billion; wages reached ৳12,500.',
      ),
    ).toEqual([
      ['about NT$12 billion', 12e9, 'TWD', 'about'],
      ['Z$40 000', 40000, 'ZWL', 'exact'],
      ['ZiG 2.5 billion', 2.5e9, 'ZWG', 'exact'],
      ['৳12,500', 12500, 'BDT', 'exact'],
    ]);
    expect(read('Fees rose to Dh1.2 billion, deals north of $5 billion, 50 people or more.')).toEqual([
      ['Dh1.2 billion', 1.2e9, 'AED', 'exact'],
      ['north of $5 billion', 5e9, 'USD', 'more-than'],
      ['50 people or more', 50, 'person', 'at-least'],
    ]);
  });

  it('reads "1.5C" as degrees in a text about warming, and no index, model or confidence level', () => {
    expect(read('Warming must stay below 1.5C.')).toEqual([['below 1.5C', 1.5, '°C', 'less-than']]);
    expect(read('Fill in Form 3C.')).toEqual([]);
    expect(read('The S&P 500 and FTSE 100 fell; risk fell 22% (95% CI 0.61 to 0.88).')).toEqual([
      ['22%', 22, '%', 'exact'],
      ['0.61 to 0.88', 0.61, null, 'range'],
    ]);
  });

  it('reads "under the age of 12" as less than 12, as "under 12" is', () => {
    expect(read('Children under the age of 12 and anyone older than 65 ride free.')).toEqual([
      ['under the age of 12', 12, null, 'less-than'],
      ['older than 65', 65, null, 'more-than'],
    ]);
  });

  it('reads a vote or a bowler’s figures as two numbers, not a range, and no code, union local or DOI as a number', () => {
    expect(read('The motion failed 38-61, and Perera took 4-22 in ten overs. Turnout rose 10-15%.')).toEqual([
      ['38', 38, null, 'exact'],
      ['61', 61, null, 'exact'],
      ['4', 4, null, 'exact'],
      ['22', 22, null, 'exact'],
      ['ten overs', 10, 'over', 'exact'],
      ['10-15%', 10, '%', 'range'],
    ]);
    expect(
      read('Quote reference KT-20260112-0419. Members of Local 1187 walked out. See DOI: 10.1016/j.cell.'),
    ).toEqual([]);
  });

  it('stays inside the given span', () => {
    const text = '5 ships. 7 planes.';
    expect(findNumbers(text, [9, 18]).map((n) => n.value)).toEqual([7]);
  });
});
