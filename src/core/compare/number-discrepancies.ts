import type { Discrepancy, DiscrepancySide, NumberMention } from '../model';

const sideOf = (n: NumberMention): DiscrepancySide => ({ start: n.start, end: n.end, text: n.text });

const sameUnit = (x: NumberMention, y: NumberMention) =>
  x.unit === null || y.unit === null || x.unit === y.unit;

/** Takes and returns the first item of `list` that `test` accepts (removing it), or undefined. */
function takeFirst<T>(list: T[], test: (item: T) => boolean): T | undefined {
  const k = list.findIndex(test);
  return k < 0 ? undefined : list.splice(k, 1)[0];
}

/**
 * Compares the numbers of two aligned passages: equal value and qualifier agree ("more than 50" and
 * "over 50" arrive here already equal), a changed qualifier is a difference, a changed value a conflict,
 * and a number only one side states is a difference.
 */
export function compareNumbers(a: readonly NumberMention[], b: readonly NumberMention[]): Discrepancy[] {
  const leftA = a.filter((n) => n.value !== null);
  const leftB = b.filter((n) => n.value !== null);
  const out: Discrepancy[] = [];
  for (const x of [...leftA]) {
    if (takeFirst(leftB, (y) => y.value === x.value && y.qualifier === x.qualifier && sameUnit(x, y))) {
      leftA.splice(leftA.indexOf(x), 1);
    }
  }
  for (const x of [...leftA]) {
    const y = takeFirst(leftB, (c) => c.value === x.value && sameUnit(x, c));
    if (!y) continue;
    leftA.splice(leftA.indexOf(x), 1);
    out.push({
      kind: 'number',
      severity: 'difference',
      a: sideOf(x),
      b: sideOf(y),
      message: `Qualifier changed: "${x.text}" (${x.qualifier}) vs "${y.text}" (${y.qualifier})`,
    });
  }
  for (const x of [...leftA]) {
    const y = takeFirst(leftB, (c) => sameUnit(x, c));
    if (!y) continue;
    leftA.splice(leftA.indexOf(x), 1);
    out.push({
      kind: 'number',
      severity: 'conflict',
      a: sideOf(x),
      b: sideOf(y),
      message: `Numbers disagree: "${x.text}" vs "${y.text}"`,
    });
  }
  for (const x of leftA) {
    out.push({
      kind: 'number',
      severity: 'difference',
      a: sideOf(x),
      b: null,
      message: `Only A states "${x.text}"`,
    });
  }
  for (const y of leftB) {
    out.push({
      kind: 'number',
      severity: 'difference',
      a: null,
      b: sideOf(y),
      message: `Only B states "${y.text}"`,
    });
  }
  return out;
}
