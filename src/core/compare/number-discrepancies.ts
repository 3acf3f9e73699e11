import { MEASURE_UNITS } from '../analysis';
import type { Discrepancy, DiscrepancySide, NumberMention } from '../model';

const sideOf = (n: NumberMention): DiscrepancySide => ({ start: n.start, end: n.end, text: n.text });

const sameUnit = (x: NumberMention, y: NumberMention) =>
  x.unit === null || y.unit === null || x.unit === y.unit;

// The upper end of a range, as written: its last figure ("between 2,000 and 5,000 firms" → "5000").
const LAST_FIGURE = /(\d[\d,]*(?:\.\d+)?)\D*$/;
const rangeEnd = (n: NumberMention) =>
  n.qualifier === 'range' ? (LAST_FIGURE.exec(n.text)?.[1]?.replaceAll(',', '') ?? null) : null;
/** Whether two numbers of equal value and qualifier end their ranges alike (two single figures do). */
const sameEnd = (x: NumberMention, y: NumberMention) => rangeEnd(x) === rangeEnd(y);

// A figure in a unit of measure is another quantity in another unit; one counting a noun may be worded otherwise.
const countsThings = (n: NumberMention) => n.unit !== null && !MEASURE_UNITS.has(n.unit);

/** Takes and returns the first item of `list` that `test` accepts (removing it), or undefined. */
function takeFirst<T>(list: T[], test: (item: T) => boolean): T | undefined {
  const k = list.findIndex(test);
  return k < 0 ? undefined : list.splice(k, 1)[0];
}

/** Takes out of `as` and `bs` the pairs `test` accepts, each `as` item with the first `bs` item that fits. */
function pairOff(
  as: NumberMention[],
  bs: NumberMention[],
  test: (x: NumberMention, y: NumberMention) => boolean,
): [NumberMention, NumberMention][] {
  const pairs: [NumberMention, NumberMention][] = [];
  for (const x of [...as]) {
    const y = takeFirst(bs, (c) => test(x, c));
    if (!y) continue;
    as.splice(as.indexOf(x), 1);
    pairs.push([x, y]);
  }
  return pairs;
}

const numberDiscrepancy = (
  severity: Discrepancy['severity'],
  x: NumberMention | null,
  y: NumberMention | null,
  message: string,
): Discrepancy => ({ kind: 'number', severity, a: x && sideOf(x), b: y && sideOf(y), message });

/**
 * Compares the numbers of two aligned passages: equal value and qualifier agree ("more than 50" and
 * "over 50" arrive here already equal), a changed qualifier is a difference, a changed value a conflict,
 * the same figure counting differently worded things ("200 rescuers", "200 people") a difference, and a
 * number only one side states is a difference.
 */
export function compareNumbers(a: readonly NumberMention[], b: readonly NumberMention[]): Discrepancy[] {
  const leftA = a.filter((n) => n.value !== null);
  const leftB = b.filter((n) => n.value !== null);
  // Numbers that agree leave both lists and say nothing.
  pairOff(
    leftA,
    leftB,
    (x, y) => y.value === x.value && y.qualifier === x.qualifier && sameUnit(x, y) && sameEnd(x, y),
  );
  // "between 2,000 and 3,000" and "between 2,000 and 5,000": one range, ending elsewhere.
  const reranged = pairOff(
    leftA,
    leftB,
    (x, y) => y.value === x.value && x.qualifier === 'range' && y.qualifier === 'range' && sameUnit(x, y),
  );
  const requalified = pairOff(leftA, leftB, (x, y) => y.value === x.value && sameUnit(x, y));
  const disagreeing = pairOff(leftA, leftB, sameUnit);
  // "over 200 rescuers" and "more than 200 people" in one aligned pair are one figure counted in other words,
  // not a figure each side alone states.
  const recounted = pairOff(
    leftA,
    leftB,
    (x, y) => y.value === x.value && countsThings(x) && countsThings(y),
  );
  return [
    ...requalified.map(([x, y]) =>
      numberDiscrepancy(
        'difference',
        x,
        y,
        `Qualifier changed: "${x.text}" (${x.qualifier}) vs "${y.text}" (${y.qualifier})`,
      ),
    ),
    ...reranged.map(([x, y]) =>
      numberDiscrepancy('conflict', x, y, `Ranges disagree: "${x.text}" vs "${y.text}"`),
    ),
    ...disagreeing.map(([x, y]) =>
      numberDiscrepancy('conflict', x, y, `Numbers disagree: "${x.text}" vs "${y.text}"`),
    ),
    ...recounted.map(([x, y]) =>
      numberDiscrepancy('difference', x, y, `The same figure counts other words: "${x.text}" vs "${y.text}"`),
    ),
    ...leftA.map((x) => numberDiscrepancy('difference', x, null, `Only A states "${x.text}"`)),
    ...leftB.map((y) => numberDiscrepancy('difference', null, y, `Only B states "${y.text}"`)),
  ];
}
