import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from '../analysis';
import type { Analysis, Correction } from '../model';
import { buildSpeakerTable } from './speaker-table';
import { listStatements } from './statements';

const models = await loadAnalysisModels();
const analyse = (articleId: string, text: string): Analysis => ({
  ...analyzeText(text, models),
  articleId,
  engineVersion: 4,
  analyzedAt: 0,
});

const wire = analyse(
  'wire',
  'Fire chief Tomasz Wrona said 40 homes burned in the valley. "The wind turned at noon," Wrona said. The blaze is contained, officials said.',
);
const local = analyse(
  'local',
  'The valley fire destroyed 40 homes, Tomasz Wrona said on Sunday. Residents said the sirens came late. “We had minutes,” said Edda Lunde, a farmer.',
);

describe('listStatements', () => {
  it("lists a speaker's claims and the quotes outside them, in text order", () => {
    const statements = listStatements(wire, 'Tomasz Wrona');
    expect(statements.map((s) => wire.articleId + ':' + s.cue)).toEqual(['wire:said', 'wire:said']);
    expect(statements.every((s) => s.kind === 'person')).toBe(true);
    expect(listStatements(wire, 'Edda Lunde')).toEqual([]);
  });
});

describe('buildSpeakerTable', () => {
  it('counts each speaker per article and marks those only one article cites', () => {
    const rows = buildSpeakerTable([wire, local]);
    const byName = new Map(rows.map((r) => [r.canonical, r]));
    expect(byName.get('Tomasz Wrona')).toMatchObject({ counts: { wire: 2, local: 1 }, onlyOne: false });
    expect(byName.get('Edda Lunde')).toMatchObject({ kind: 'person', counts: { local: 1 }, onlyOne: true });
    expect(byName.get('residents')).toMatchObject({ kind: 'anonymous', onlyOne: true });
    expect(rows[0]!.canonical).toBe('Tomasz Wrona');
  });
});

describe('buildSpeakerTable names each speaker once, as written', () => {
  const row = (rows: ReturnType<typeof buildSpeakerTable>, name: string) =>
    rows.filter((r) => r.name === name);
  const bridge = [
    analyse(
      'wire',
      'The Darnytsia bridge will reopen in May, Mayor Olena Kovalenko said on Monday. "We are ready," Kovalenko said. The repairs cost 310 million hryvnias, according to the Kyiv city council. Residents said the detour had added an hour to their commute.',
    ),
    analyse(
      'local',
      'The Darnytsia bridge will reopen in May, Kovalenko told reporters on Monday. "Two lanes will open first," she said.',
    ),
    analyse('headline', 'OLENA KOVALENKO said the repairs would cost more than planned.'),
  ];

  it('counts one person in one row however the articles spell her, by the names the analysis links', () => {
    const rows = buildSpeakerTable(bridge);
    expect(row(rows, 'Olena Kovalenko')).toEqual([
      expect.objectContaining({
        canonical: 'Olena Kovalenko',
        type: 'PERSON',
        counts: { wire: 2, local: 2, headline: 1 },
        onlyOne: false,
      }),
    ]);
    expect(rows.filter((r) => /kovalenko/i.test(r.name))).toHaveLength(1);
  });

  it('shows speakers that are no entity in the words the text uses, not in lower case', () => {
    const rows = buildSpeakerTable(bridge);
    expect(row(rows, 'Kyiv city council')).toEqual([
      expect.objectContaining({ canonical: 'kyiv city council', type: null, kind: 'organisation' }),
    ]);
    expect(row(rows, 'Residents')).toEqual([expect.objectContaining({ kind: 'anonymous', type: null })]);
  });

  it('keeps apart people who only share a surname, unless the analyst merges them', () => {
    const orrs = [
      analyse('dana', 'The port will close on Friday, harbour master Dana Orr said.'),
      analyse('sam', 'The port will stay open, union leader Sam Orr said.'),
      analyse('bare', 'The port will close at noon, Orr said.'),
    ];
    const names = (rows: ReturnType<typeof buildSpeakerTable>) => rows.map((r) => r.name).sort();
    expect(names(buildSpeakerTable(orrs))).toEqual(['Dana Orr', 'Orr', 'Sam Orr']);

    const at = orrs[2]!.entities.find((e) => e.text === 'Orr')!;
    const merge: Correction = {
      id: 'c1',
      articleId: 'bare',
      target: 'entity',
      start: at.start,
      end: at.end,
      text: 'Orr',
      action: { kind: 'merge', canonical: 'Dana Orr' },
      createdAt: 1,
      scope: 'mention',
    };
    const rows = buildSpeakerTable(orrs, [merge]);
    expect(names(rows)).toEqual(['Dana Orr', 'Sam Orr']);
    expect(row(rows, 'Dana Orr')[0]!.counts).toEqual({ dana: 1, bare: 1 });
  });
});
