import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from '../analysis';
import type { Analysis } from '../model';
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
