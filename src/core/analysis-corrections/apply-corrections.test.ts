import { describe, expect, it } from 'vitest';
import type { Claim, Correction, Entity } from '../model';
import { applyCorrections } from './apply-corrections';

const entity = (start: number, text: string, type: Entity['type'], canonical = text): Entity => ({
  start,
  end: start + text.length,
  type,
  text,
  canonical,
});
const fix = (e: Entity, action: Correction['action'], createdAt = 1): Correction => ({
  id: `c${createdAt}${e.start}`,
  articleId: 'a1',
  target: 'entity',
  start: e.start,
  end: e.end,
  text: e.text,
  action,
  createdAt,
});

describe('applyCorrections', () => {
  const dana = entity(0, 'Dana Orr', 'PERSON');
  const orr = entity(40, 'Orr', 'PERSON');
  const kell = entity(20, 'Kell', 'PERSON');
  const port = entity(60, 'Port Authority', 'ORG');

  it('removes rejected, retypes retyped and keeps confirmed entities', () => {
    const out = applyCorrections(
      [dana, kell, port],
      [],
      [
        fix(kell, { kind: 'retype', type: 'PLACE' }),
        fix(port, { kind: 'reject' }),
        fix(dana, { kind: 'confirm' }),
      ],
    );
    expect(out.entities).toEqual([dana, { ...kell, type: 'PLACE' }]);
  });

  it('moves a merged mention, and those sharing its canonical, to the new canonical', () => {
    const orr2 = entity(80, 'Orr', 'PERSON');
    const out = applyCorrections([dana, orr, orr2], [], [fix(orr, { kind: 'merge', canonical: 'Dana Orr' })]);
    expect(out.entities.map((e) => e.canonical)).toEqual(['Dana Orr', 'Dana Orr', 'Dana Orr']);
  });

  it('lets the latest correction of a span win', () => {
    const out = applyCorrections(
      [kell],
      [],
      [fix(kell, { kind: 'reject' }, 1), fix(kell, { kind: 'confirm' }, 2)],
    );
    expect(out.entities).toEqual([kell]);
  });

  it('removes rejected claims only', () => {
    const claim = (start: number): Claim => ({
      start,
      end: start + 10,
      score: 0.5,
      speaker: null,
      attribution: null,
      hedge: null,
      quotes: [],
      numbers: [],
    });
    const c: Correction = {
      ...fix(dana, { kind: 'reject' }),
      target: 'claim',
      start: 10,
      end: 20,
      text: 'x',
    };
    expect(applyCorrections([], [claim(0), claim(10)], [c]).claims).toEqual([claim(0)]);
  });
});
