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
const fix = (
  e: Entity,
  action: Correction['action'],
  createdAt = 1,
  scope: Correction['scope'] = 'mention',
): Correction => ({
  id: `c${createdAt}${e.start}`,
  articleId: 'a1',
  target: 'entity',
  start: e.start,
  end: e.end,
  text: e.text,
  action,
  createdAt,
  scope,
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

  it('applies an article-wide or library-wide correction to every mention with that text', () => {
    const kell2 = entity(90, 'Kell', 'PERSON');
    const out = applyCorrections(
      [dana, kell, port, kell2],
      [],
      [
        fix(kell, { kind: 'retype', type: 'PLACE' }, 1, 'article'),
        fix(port, { kind: 'reject' }, 2, 'library'),
      ],
    );
    expect(out.entities).toEqual([dana, { ...kell, type: 'PLACE' }, { ...kell2, type: 'PLACE' }]);
    expect([...out.corrected]).toEqual([
      ['20:24', 'retype'],
      ['90:94', 'retype'],
    ]);
  });

  it('lets a later mention correction override a wider one, and a later wide one override a mention', () => {
    const kell2 = entity(90, 'Kell', 'PERSON');
    const mentionLater = applyCorrections(
      [kell, kell2],
      [],
      [fix(kell, { kind: 'reject' }, 1, 'library'), fix(kell2, { kind: 'confirm' }, 2)],
    );
    expect(mentionLater.entities).toEqual([kell2]);
    const wideLater = applyCorrections(
      [kell, kell2],
      [],
      [fix(kell2, { kind: 'confirm' }, 1), fix(kell, { kind: 'reject' }, 2, 'article')],
    );
    expect(wideLater.entities).toEqual([]);
  });

  it('adds a missed entity, replacing the engine mentions it overlaps', () => {
    // "The Lantern Street Clinic opened": the engine found only "Street Clinic".
    const partial = entity(108, 'Street Clinic', 'ORG');
    const missed = entity(100, 'Lantern Street Clinic', 'ORG');
    const out = applyCorrections([dana, partial], [], [fix(missed, { kind: 'add', type: 'ORG' })]);
    expect(out.entities).toEqual([dana, missed]);
    expect(out.corrected.get('100:121')).toBe('add');
    expect(out.corrected.has('0:8')).toBe(false);
  });

  it('rejects an added entity when a later correction says so (an add can be taken back)', () => {
    const missed = entity(100, 'Vale Trust', 'ORG');
    const out = applyCorrections(
      [],
      [],
      [fix(missed, { kind: 'add', type: 'ORG' }, 1), fix(missed, { kind: 'reject' }, 2)],
    );
    expect(out.entities).toEqual([]);
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
