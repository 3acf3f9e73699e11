import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeText, loadAnalysisModels } from '../analysis';
import { analysisRule, annotationRule, articleRule, type Rule } from './index';

const models = await loadAnalysisModels();

// A quoted, attributed, hedged story with numbers: every optional part of an analysis record is filled in.
const TEXT =
  'Harbour master Ines Kallio said on Tuesday that about 340 containers were held at Vessmark port. ' +
  '"The cranes will be back by Friday," port spokesman Tomas Brandt told reporters. Inspectors are ' +
  'believed to be weighing a $4 million refit, according to people familiar with the plan.';
const ANALYSIS = { ...analyzeText(TEXT, models), articleId: 'a-1', engineVersion: 5, analyzedAt: 1 };
const ANNOTATION = {
  id: 'n-1',
  articleId: 'a-1',
  target: {
    quote: { exact: 'Ines Kallio', prefix: 'master ', suffix: ' said' },
    position: { start: 15, end: 26, type: 'TextPositionSelector' },
    orphaned: false,
  },
  note: 'Check her title.',
  label: null,
  tags: ['t-1'],
  createdAt: 1,
  updatedAt: 2,
};

/** Whether the full, reporting walk of `rule` finds nothing wrong with `value`. */
function reportsNothing(rule: Rule, value: unknown): boolean {
  let clean = true;
  rule(value, '', () => {
    clean = false;
  });
  return clean;
}

/** Every path to a value inside `value` (object fields and list items), the root excluded. */
function pathsIn(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => {
    const path = [...prefix, k];
    return [path, ...pathsIn((value as Record<string | number, unknown>)[k], path)];
  });
}

const ODD_VALUES: unknown[] = [
  null,
  -1,
  1.5,
  1e12,
  Number.NaN,
  '',
  'x',
  'line\nbreak',
  'ALIEN',
  'person',
  [],
  [1],
  {},
  { start: 0, end: 1 },
  true,
];

/** A copy of `value` with the field at `path` replaced by `odd`, deleted, or given an unknown neighbour. */
function damaged(value: unknown, path: (string | number)[], how: number, odd: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (how === 0) parent[last] = odd;
  else if (how === 1 && !Array.isArray(parent)) delete parent[last];
  else if (!Array.isArray(parent)) parent.unknownField = odd;
  else parent.push(odd);
  return copy;
}

function agreesOnDamage(rule: Rule, record: unknown) {
  const paths = pathsIn(record);
  fc.assert(
    fc.property(
      fc.constantFrom(...paths),
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom(...ODD_VALUES),
      (path, how, odd) => {
        const value = damaged(record, path, how, odd);
        expect(rule.passes!(value)).toBe(reportsNothing(rule, value));
      },
    ),
    { numRuns: 600 },
  );
}

describe('the fast check of a rule', () => {
  it('passes the sound records that the full check passes', () => {
    expect(analysisRule(TEXT.length).passes!(ANALYSIS)).toBe(true);
    expect(reportsNothing(analysisRule(TEXT.length), ANALYSIS)).toBe(true);
    expect(annotationRule(TEXT.length).passes!(ANNOTATION)).toBe(true);
  });

  it('fails an analysis wherever the full check finds a problem, and only there', () => {
    expect(ANALYSIS.claims.some((c) => c.attribution && c.quotes.length > 0)).toBe(true);
    agreesOnDamage(analysisRule(TEXT.length), ANALYSIS);
  });

  it('fails an annotation wherever the full check finds a problem, and only there', () => {
    agreesOnDamage(annotationRule(TEXT.length), ANNOTATION);
  });

  it('fails offsets past the end of the text and reversed ranges', () => {
    const rule = analysisRule(TEXT.length);
    const past = { ...ANALYSIS, sentences: [[0, TEXT.length + 1]] };
    const reversed = { ...ANALYSIS, entities: [{ ...ANALYSIS.entities[0]!, start: 9, end: 3 }] };
    for (const value of [past, reversed]) {
      expect(rule.passes!(value)).toBe(false);
      expect(reportsNothing(rule, value)).toBe(false);
    }
  });

  it('is there for every record rule the database checks on read', () => {
    expect(articleRule.passes).toBeTypeOf('function');
    expect(analysisRule().passes).toBeTypeOf('function');
    expect(annotationRule().passes).toBeTypeOf('function');
  });
});
